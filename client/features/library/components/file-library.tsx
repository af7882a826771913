import { useFileList } from '../../../api/files/list-files.ts';
import { fileListParams } from '../search-query.ts';
import type { FileSelection } from '../use-file-selection.ts';
import { FileGrid } from './file-grid.tsx';
import './library.css';
import { Loading, LoadFailed } from '../../../components/load-states.tsx';

interface FileLibraryProps {
  searchText: string;
  /** Given in selection mode: each card gets a checkbox. */
  selection?: FileSelection;
}

/** The library's images matching `searchText`, page by page, with every state it can be in. */
export function FileLibrary({ searchText, selection }: FileLibraryProps) {
  const list = useFileList(fileListParams(searchText));

  if (list.isPending) {
    return <Loading>Loading images…</Loading>;
  }
  if (list.isError) {
    return <LoadFailed message="Could not load the images." onRetry={() => void list.refetch()} />;
  }

  const files = list.data.pages.flatMap((page) => page.files);
  if (files.length === 0) {
    return (
      <p className="state" role="status">
        {searchText.trim()
          ? `No images match “${searchText.trim()}”.`
          : 'The library has no images yet.'}
      </p>
    );
  }

  return (
    <>
      <FileGrid files={files} selection={selection} />
      <div className="load-more">
        {list.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
        {list.isFetchNextPageError && <p role="alert">Could not load more images.</p>}
      </div>
    </>
  );
}
