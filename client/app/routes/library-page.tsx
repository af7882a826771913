import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { roleAtLeast } from '../../../common/roles.ts';
import { FileLibrary } from '../../features/library/components/file-library.tsx';
import { SearchBox } from '../../features/library/components/search-box.tsx';
import { useFileSelection } from '../../features/library/use-file-selection.ts';
import { useSession } from '../../api/session/get-session.ts';
import { LibrarySelectionPanel } from './library-selection-panel.tsx';

/**
 * The library: search (kept in `?q=` so reloads and links keep it) over the image grid. Editors
 * can switch to selection mode to change the tags of many images at once.
 */
export function LibraryPage() {
  const [params, setParams] = useSearchParams();
  const searchText = params.get('q') ?? '';
  const { data: session } = useSession();
  const canEdit = session ? roleAtLeast(session.user.role, 'editor') : false;
  const [isSelecting, setSelecting] = useState(false);
  const selection = useFileSelection();

  // A selection belongs to the images it was made among; a new search starts a new one.
  const [selectionSearch, setSelectionSearch] = useState(searchText);
  if (selectionSearch !== searchText) {
    setSelectionSearch(searchText);
    selection.clear();
  }

  function search(text: string) {
    const q = text.trim();
    setParams(q ? { q } : {}, { replace: true });
  }

  function toggleSelecting() {
    setSelecting((on) => !on);
    selection.clear();
  }

  const selecting = isSelecting && canEdit;
  return (
    <>
      <div className="page-heading">
        <h1>Library</h1>
        <div className="page-heading__tools">
          <SearchBox value={searchText} onSearch={search} />
          {canEdit && (
            <button
              type="button"
              className="button"
              aria-pressed={selecting}
              onClick={toggleSelecting}
            >
              Select images
            </button>
          )}
        </div>
      </div>
      {selecting && <LibrarySelectionPanel searchText={searchText} selection={selection} />}
      <FileLibrary searchText={searchText} selection={selecting ? selection : undefined} />
    </>
  );
}
