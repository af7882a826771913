export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export interface GridShape {
  /** Cards loaded. */
  count: number;
  columns: number;
  /** Whole rows that fit on the screen, for Page Up / Page Down. */
  rowsPerPage: number;
}

/**
 * Where focus goes in the grid for a key, as in a spreadsheet: arrows move one card, Home/End to
 * the row's ends (with Ctrl, to the first and last card), Page Up/Down a screen of rows. Null when
 * the key does not move (or is not ours), so the browser keeps its own meaning for it.
 * Moving down from the last row stays put; past the loaded cards there is nothing to focus yet.
 */
export function nextIndex(event: GridKey, index: number, shape: GridShape): number | null {
  const { count, columns, rowsPerPage } = shape;
  if (count === 0) return null;
  const rowStart = index - (index % columns);
  const last = count - 1;
  const ctrl = event.ctrlKey === true || event.metaKey === true;
  let next: number;
  switch (event.key) {
    case 'ArrowRight':
      next = index + 1;
      break;
    case 'ArrowLeft':
      next = index - 1;
      break;
    case 'ArrowDown':
      next = index + columns;
      break;
    case 'ArrowUp':
      next = index - columns;
      break;
    case 'PageDown':
      next = Math.min(last, index + columns * Math.max(1, rowsPerPage));
      break;
    case 'PageUp':
      next = Math.max(index % columns, index - columns * Math.max(1, rowsPerPage));
      break;
    case 'Home':
      next = ctrl ? 0 : rowStart;
      break;
    case 'End':
      next = ctrl ? last : Math.min(last, rowStart + columns - 1);
      break;
    default:
      return null;
  }
  return next < 0 || next > last ? index : next;
}
