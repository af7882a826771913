import type { FileDetails } from '../../../../common/file-details.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { isSelected, selectedCount } from '../selection.ts';
import type { LibrarySelection } from '../use-library-selection.ts';
import './library.css';

interface SelectionToolbarProps {
  selection: LibrarySelection;
  /** The files loaded, in order. */
  shown: readonly FileDetails[];
  /** How many files the view matches. */
  total: number;
}

/** The count of selected files and the ways to select many at once. */
export function SelectionToolbar({ selection, shown, total }: SelectionToolbarProps) {
  const { selection: current } = selection;
  const count = selectedCount(current, total);
  const isAllResults = current.mode === 'all' && current.ids.size === 0;
  const allShown = shown.every((file) => isSelected(current, file.fileId));
  return (
    <div className="selection-toolbar">
      <p className="selection-toolbar__count" role="status">
        {isAllResults ? `All ${formatCount(count)} selected` : `${formatCount(count)} selected`}
      </p>
      <button
        type="button"
        className="button"
        disabled={allShown}
        onClick={() => selection.selectAllShown(shown)}
      >
        Select all shown
      </button>
      {total > shown.length && (
        <button
          type="button"
          className="button"
          disabled={isAllResults}
          onClick={() => selection.selectAllResults()}
        >
          Select all {formatCount(total)} results
        </button>
      )}
      <button
        type="button"
        className="button"
        disabled={count === 0}
        onClick={() => selection.clear()}
      >
        Clear selection
      </button>
      <p className="hint">
        Click images to select them; Shift-click selects every image from the last one. Space
        selects the focused image, Enter opens it.
      </p>
    </div>
  );
}
