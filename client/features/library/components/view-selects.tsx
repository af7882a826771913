import { useId } from 'react';
import { InlineSelect } from '../../../components/inline-select.tsx';
import type { FileSort } from '../../../lib/file-query.ts';
import type { LibraryView } from '../../../lib/library-view.ts';

const SORT_LABELS: Record<FileSort, string> = {
  '-created': 'Newest first',
  created: 'Oldest first',
  name: 'Name A–Z',
  '-name': 'Name Z–A',
  '-updated': 'Recently changed',
  updated: 'Least recently changed',
};

interface ViewSelectProps {
  view: LibraryView;
  onChange(view: LibraryView): void;
}

/** The order of the grid. */
export function SortSelect({ view, onChange }: ViewSelectProps) {
  return (
    <InlineSelect
      label="Sort"
      value={view.sort}
      options={SORT_LABELS}
      onChange={(sort) => onChange({ ...view, sort })}
    />
  );
}

/** Kind of file and visibility: rarely needed, so plain selects. */
export function KindSelects({ view, onChange }: ViewSelectProps) {
  const typeId = useId();
  const privateId = useId();
  return (
    <div className="filter-group filter-group--selects">
      <label htmlFor={typeId}>Type</label>
      <select
        id={typeId}
        value={view.type ?? ''}
        onChange={(event) =>
          onChange({ ...view, type: (event.target.value || null) as LibraryView['type'] })
        }
      >
        <option value="">All files</option>
        <option value="image">Images</option>
        <option value="non-image">Other files</option>
      </select>
      <label htmlFor={privateId}>Visibility</label>
      <select
        id={privateId}
        value={view.private === null ? '' : String(view.private)}
        onChange={(event) => {
          const value = event.target.value;
          onChange({ ...view, private: value === '' ? null : value === 'true' });
        }}
      >
        <option value="">Public and private</option>
        <option value="false">Public</option>
        <option value="true">Private</option>
      </select>
    </div>
  );
}
