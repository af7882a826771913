import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  viewFromSearchParams,
  viewKey,
  viewToSearchParams,
  type LibraryView,
} from '../../lib/library-view.ts';

/** The library's view, held in the address bar: reloads, links and Back all keep it. */
export function useLibraryView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(params), [params]);
  /**
   * Shows another view. A new history entry, so Back undoes a filter; `replace` for changes
   * that come in a stream (typing a search). Stable, so memoized panels that take it stay put.
   */
  const setView = useCallback(
    (next: LibraryView, options: { replace?: boolean } = {}) =>
      setParams(viewToSearchParams(next), { replace: options.replace ?? false }),
    [setParams],
  );
  return { view, key: viewKey(view), setView };
}
