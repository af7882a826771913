import { useCallback } from 'react';
import { Loading, LoadFailed } from '../../../components/load-states.tsx';
import { formatCount } from '../../../lib/format-count.ts';
import { hasFilters, type LibraryView } from '../../../lib/library-view.ts';
import type { GridSelection } from '../use-library-selection.ts';
import { useScrollMemory } from '../use-scroll-memory.ts';
import { useViewFiles } from '../use-view-files.ts';
import { LibraryGrid } from './library-grid.tsx';
import './library-grid.css';
import './library.css';

interface LibraryResultsProps {
  view: LibraryView;
  viewKey: string;
  selection: GridSelection;
  onTagClick(tag: string): void;
  onClearFilters(): void;
}

const images = (count: number) => `${formatCount(count)} ${count === 1 ? 'image' : 'images'}`;

/**
 * The view's files with every state they can be in. Mounted once per view (the page keys it by
 * the view), so the scroll position it starts at is the one this view was left at.
 */
export function LibraryResults(props: LibraryResultsProps) {
  const { view, viewKey, selection, onTagClick, onClearFilters } = props;
  const { list, files, total } = useViewFiles(view);
  const startY = useScrollMemory(viewKey);
  const { fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  if (list.isPending) {
    return <Loading>Loading images…</Loading>;
  }
  // A failed next page keeps what was loaded; the end of the list offers to try again.
  if (list.isError && !list.data) {
    return <LoadFailed message="Could not load the images." onRetry={() => void list.refetch()} />;
  }

  return (
    <>
      {/* Announced when a filter changes what is shown. */}
      <p className="library-total" role="status">
        {total === 0 && hasFilters(view) ? 'No images match these filters.' : images(total)}
        {total === 0 && hasFilters(view) && (
          <>
            {' '}
            <button type="button" className="button button--quiet" onClick={onClearFilters}>
              Clear filters
            </button>
          </>
        )}
      </p>
      {total === 0 && !hasFilters(view) ? (
        <p className="state">The library has no images yet.</p>
      ) : (
        <LibraryGrid
          files={files}
          total={total}
          hasMore={list.hasNextPage}
          isLoadingMore={list.isFetchingNextPage}
          loadMoreFailed={list.isFetchNextPageError}
          onLoadMore={loadMore}
          view={view}
          selection={selection}
          onTagClick={onTagClick}
          initialScrollY={startY}
        />
      )}
    </>
  );
}
