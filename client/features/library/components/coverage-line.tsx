import { memo } from 'react';
import { Link } from 'react-router';
import { useCatalog } from '../../../api/catalog/get-catalog.ts';
import { useFolders } from '../../../api/folders/get-folders.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { withNeedsRegion, withNeedsTags } from '../../../lib/library-view-changes.ts';
import { DEFAULT_VIEW, type LibraryView } from '../../../lib/library-view.ts';
import { paths } from '../../../lib/paths.ts';

interface Coverage {
  files: number;
  untagged: number;
  noRegion: number;
}

/** The counts for where the user is: a folder (and below) from the folder list, else the catalog. */
function useCoverage(folder: string | null): { coverage: Coverage | null; isSyncing: boolean } {
  const catalog = useCatalog();
  const folders = useFolders();
  const isSyncing = catalog.data?.status === 'syncing';
  if (folder === null) return { coverage: catalog.data ?? null, isSyncing };
  return { coverage: folders.data?.find((f) => f.path === folder) ?? null, isSyncing };
}

/**
 * "1,204 need tags · 3,210 need a region": how much work is left where the user is, each number a
 * link to the images it counts (in the same folder and order).
 */
export const CoverageLine = memo(function CoverageLine({ view }: { view: LibraryView }) {
  const { coverage, isSyncing } = useCoverage(view.folder);
  if (!coverage) return null;
  const base: LibraryView = { ...DEFAULT_VIEW, folder: view.folder, sort: view.sort };
  const where = view.folder ? ` in ${view.folder}` : '';
  return (
    <p className="coverage" aria-live="polite">
      {isSyncing && <span>Reading the library… {formatCount(coverage.files)} files so far · </span>}
      <Link to={paths.view(withNeedsTags(base, true))}>
        {formatCount(coverage.untagged)} need tags
      </Link>
      {' · '}
      <Link to={paths.view(withNeedsRegion(base, true))}>
        {formatCount(coverage.noRegion)} need a region
      </Link>
      <span className="coverage__of">
        {' '}
        of {formatCount(coverage.files)}
        {where}
      </span>
    </p>
  );
});
