import type { FileDetails } from '../../../common/file-details.ts';
import type { Selection } from './selection.ts';

/** What the bulk tools need to know about a selected file that may not be loaded any more. */
export type FileSummary = Pick<FileDetails, 'fileId' | 'name' | 'tags'>;

/** The library's selection for one view, as kept while the user opens images and comes back. */
export interface StoredSelection {
  viewKey: string;
  isSelecting: boolean;
  selection: Selection;
  /** The selected files seen so far (in `some` mode), by id. */
  files: ReadonlyMap<string, FileSummary>;
}

const KEY = 'tagcrop.library-selection';

interface Stored {
  viewKey: string;
  isSelecting: boolean;
  mode: 'some' | 'all';
  ids: string[];
  anchor: string | null;
  files: FileSummary[];
}

/**
 * Kept per tab (session storage): it survives opening an image, a reload and the Back button,
 * and a second tab starts with its own.
 */
export function saveSelection(state: StoredSelection, storage: Storage = sessionStorage): void {
  const { selection } = state;
  const stored: Stored = {
    viewKey: state.viewKey,
    isSelecting: state.isSelecting,
    mode: selection.mode,
    ids: [...selection.ids],
    anchor: selection.anchor,
    files: selection.mode === 'some' ? [...selection.ids].flatMap(known(state.files)) : [],
  };
  try {
    storage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Full or disabled storage: the selection just does not outlive the page.
  }
}

const known = (files: ReadonlyMap<string, FileSummary>) => (id: string) => {
  const file = files.get(id);
  return file ? [{ fileId: file.fileId, name: file.name, tags: file.tags }] : [];
};

/** The kept selection, or null when there is none or it is not in the shape this code writes. */
export function loadSelection(storage: Storage = sessionStorage): StoredSelection | null {
  let value: Partial<Stored> | null;
  try {
    value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Stored> | null;
  } catch {
    return null;
  }
  if (
    !value ||
    typeof value.viewKey !== 'string' ||
    (value.mode !== 'some' && value.mode !== 'all') ||
    !Array.isArray(value.ids) ||
    !Array.isArray(value.files)
  ) {
    return null;
  }
  return {
    viewKey: value.viewKey,
    isSelecting: value.isSelecting === true,
    selection: {
      mode: value.mode,
      ids: new Set(value.ids.filter((id) => typeof id === 'string')),
      anchor: typeof value.anchor === 'string' ? value.anchor : null,
    },
    files: new Map(value.files.map((file) => [file.fileId, file])),
  };
}
