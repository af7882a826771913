import { formatCount } from '../../../lib/format-count.ts';
import type { FileSelection } from '../use-file-selection.ts';
import './library.css';

interface SelectionToolbarProps {
  selection: FileSelection;
  /** The files shown, in order. */
  shown: readonly string[];
}

/** The count of selected files and the ways to select many at once. */
export function SelectionToolbar({ selection, shown }: SelectionToolbarProps) {
  const count = selection.ids.size;
  const allShown = shown.every((id) => selection.ids.has(id));
  return (
    <div className="selection-toolbar">
      <p className="selection-toolbar__count" role="status">
        {formatCount(count)} selected
      </p>
      <button
        type="button"
        className="button"
        disabled={allShown}
        onClick={() => selection.selectAll(shown)}
      >
        Select all shown
      </button>
      <button
        type="button"
        className="button"
        disabled={count === 0}
        onClick={() => selection.clear()}
      >
        Clear selection
      </button>
      <p className="hint">
        Shift-click a checkbox to select every image from the last one clicked.
      </p>
    </div>
  );
}
