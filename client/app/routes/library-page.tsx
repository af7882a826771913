import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../api/session/get-session.ts';
import { CoverageLine } from '../../features/library/components/coverage-line.tsx';
import { LibraryFilters } from '../../features/library/components/library-filters.tsx';
import { LibraryResults } from '../../features/library/components/library-results.tsx';
import { SearchBox } from '../../features/library/components/search-box.tsx';
import { SortSelect } from '../../features/library/components/view-selects.tsx';
import { useLibrarySelection } from '../../features/library/use-library-selection.ts';
import { useLibraryView } from '../../features/library/use-library-view.ts';
import { withoutFilters, withTagFilter } from '../../lib/library-view-changes.ts';
import { DEFAULT_VIEW } from '../../lib/library-view.ts';
import { LibraryPassSummary } from './library-pass-summary.tsx';
import { LibrarySelectionPanel } from './library-selection-panel.tsx';
import { LibraryUpload } from './library-upload.tsx';

/**
 * The library: what needs work, the filters (all in the URL), and the grid. Editors can select
 * images, one by one or every result, to change their tags at once, and upload new ones into the
 * folder being viewed.
 */
export function LibraryPage() {
  const { view, key, setView } = useLibraryView();
  const { data: session } = useSession();
  const canEdit = session ? roleAtLeast(session.user.role, 'editor') : false;
  const selection = useLibrarySelection(key, canEdit);
  const selecting = selection.grid.isSelecting;

  return (
    <div className={selecting ? 'library library--selecting' : 'library'}>
      <div className="page-heading">
        <h1>Library</h1>
        <div className="page-heading__tools">
          <SearchBox
            value={view.q}
            onSearch={(q) => setView({ ...view, q: q.trim() }, { replace: true })}
          />
          <SortSelect view={view} onChange={setView} />
          {canEdit && (
            <button
              type="button"
              className="button"
              aria-pressed={selecting}
              onClick={() => selection.setSelecting(!selecting)}
            >
              Select images
            </button>
          )}
        </div>
      </div>
      <LibraryPassSummary />
      <CoverageLine view={view} />
      <div className="library__layout">
        <LibraryFilters view={view} onChange={setView} />
        <div className="library__main">
          <LibraryUpload folder={view.folder} canUpload={canEdit}>
            {selecting && <LibrarySelectionPanel view={view} selection={selection} />}
            <LibraryResults
              key={key}
              view={view}
              viewKey={key}
              selection={selection.grid}
              onTagClick={(tag) => setView(withTagFilter(view, tag, 'all'))}
              onClearFilters={() => setView(withoutFilters(view, DEFAULT_VIEW))}
            />
          </LibraryUpload>
        </div>
      </div>
    </div>
  );
}
