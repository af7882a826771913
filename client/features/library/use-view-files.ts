import { useMemo } from 'react';
import { useFileList } from '../../api/files/list-files.ts';
import { viewToQuery, type LibraryView } from '../../lib/library-view.ts';

/** The files of a view loaded so far (every page, in order) and how many match in all. */
export function useViewFiles(view: LibraryView) {
  const query = useMemo(() => viewToQuery(view), [view]);
  const list = useFileList(query);
  const pages = list.data?.pages;
  const files = useMemo(() => pages?.flatMap((page) => page.files) ?? [], [pages]);
  return { list, files, total: pages?.[0]?.total ?? 0 };
}
