/**
 * Which files are selected, and the anchor a Shift-click extends from (the last file clicked
 * without Shift), as in file managers and mail clients.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

/** A plain click: flips one file and makes it the anchor. */
export function toggleOne(selection: Selection, fileId: string): Selection {
  const ids = new Set(selection.ids);
  if (!ids.delete(fileId)) ids.add(fileId);
  return { ids, anchor: fileId };
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
  const select = !selection.ids.has(fileId);
  const ids = new Set(selection.ids);
  for (const id of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) ids.add(id);
    else ids.delete(id);
  }
  return { ids, anchor: fileId };
}

/** Adds every file in `order` (the ones shown) to the selection. */
export function selectAll(selection: Selection, order: readonly string[]): Selection {
  return { ids: new Set([...selection.ids, ...order]), anchor: selection.anchor };
}
