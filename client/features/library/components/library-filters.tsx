import { memo, useState } from 'react';
import type { LibraryView } from '../../../lib/library-view.ts';
import { FolderTree } from './folder-tree.tsx';
import { NeedsFilters } from './needs-filters.tsx';
import { SavedViews } from './saved-views.tsx';
import { TagFilters } from './tag-filters.tsx';
import { KindSelects } from './view-selects.tsx';
import './library-filters.css';
import './library.css';

interface LibraryFiltersProps {
  view: LibraryView;
  onChange(view: LibraryView): void;
}

/**
 * The filter panel: beside the grid on wide screens; on a phone folded behind a "Filters" button
 * so that the images come first. Memoized: selecting images must not re-render the folder tree.
 */
export const LibraryFilters = memo(function LibraryFilters({
  view,
  onChange,
}: LibraryFiltersProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <aside className={isOpen ? 'library-filters library-filters--open' : 'library-filters'}>
      <button
        type="button"
        className="button library-filters__toggle"
        aria-expanded={isOpen}
        aria-controls="library-filters-body"
        onClick={() => setOpen((open) => !open)}
      >
        Filters
      </button>
      <div id="library-filters-body" className="library-filters__body">
        <NeedsFilters view={view} onChange={onChange} />
        <TagFilters view={view} onChange={onChange} />
        <section className="filter-group" aria-labelledby="folders-title">
          <h2 id="folders-title" className="filter-group__title">
            Folders
          </h2>
          <FolderTree view={view} />
        </section>
        <KindSelects view={view} onChange={onChange} />
        <SavedViews view={view} />
      </div>
    </aside>
  );
});
