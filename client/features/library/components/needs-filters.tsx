import { withNeedsRegion, withNeedsTags } from '../../../lib/library-view-changes.ts';
import type { LibraryView } from '../../../lib/library-view.ts';

interface NeedsFiltersProps {
  view: LibraryView;
  onChange(view: LibraryView): void;
}

/** The two questions of the daily job: which images still need tags, which need a region. */
export function NeedsFilters({ view, onChange }: NeedsFiltersProps) {
  return (
    <fieldset className="filter-group">
      <legend>Show only</legend>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={view.untagged === true}
          onChange={(event) => onChange(withNeedsTags(view, event.target.checked))}
        />
        Needs tags
      </label>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={view.region === 'none'}
          onChange={(event) => onChange(withNeedsRegion(view, event.target.checked))}
        />
        Needs region
      </label>
    </fieldset>
  );
}
