/**
 * Which files are selected, and the anchor a Shift-click extends from (the last file clicked
 * without Shift), as in file managers and mail clients. "Select all results" picks every file of
 * the view, loaded or not: then `ids` are the ones the user took out again.
 */
export interface Selection {
  mode: 'some' | 'all';
  /** In `some` mode the selected files; in `all` mode the excluded ones. */
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { mode: 'some', ids: new Set(), anchor: null };

export function isSelected(selection: Selection, fileId: string): boolean {
  return selection.ids.has(fileId) === (selection.mode === 'some');
}

/** How many files are selected, given how many the view matches. */
export function selectedCount(selection: Selection, total: number): number {
  return selection.mode === 'some' ? selection.ids.size : Math.max(0, total - selection.ids.size);
}

/** `ids` with each of `fileIds` selected or not, in the selection's own terms. */
function setSelected(selection: Selection, fileIds: Iterable<string>, select: boolean) {
  const ids = new Set(selection.ids);
  const member = select === (selection.mode === 'some');
  for (const id of fileIds) {
    if (member) ids.add(id);
    else ids.delete(id);
  }
  return ids;
}

/** A plain click: flips one file and makes it the anchor. */
export function toggleOne(selection: Selection, fileId: string): Selection {
  const ids = setSelected(selection, [fileId], !isSelected(selection, fileId));
  return { ...selection, ids, anchor: fileId };
}

/**
 * A Shift-click on `fileId`: every file from the anchor to it (in the order shown) takes the
 * state the clicked file is switched to, so the same gesture both selects and unselects a run.
 * Without an anchor in `order` it is a plain click.
 */
export function toggleRange(
  selection: Selection,
  order: readonly string[],
  fileId: string,
): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(fileId);
  if (from === -1 || to === -1) return toggleOne(selection, fileId);
  const run = order.slice(Math.min(from, to), Math.max(from, to) + 1);
  const ids = setSelected(selection, run, !isSelected(selection, fileId));
  return { ...selection, ids, anchor: fileId };
}

/** Adds every file in `order` (the ones loaded) to the selection. */
export function selectAll(selection: Selection, order: readonly string[]): Selection {
  return { ...selection, ids: setSelected(selection, order, true) };
}

/** Every file of the view, including those not loaded yet. */
export function selectAllResults(): Selection {
  return { mode: 'all', ids: new Set(), anchor: null };
}
