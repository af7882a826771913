import { useEffect, useRef, useState } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';
import {
  EMPTY_SELECTION,
  isSelected,
  selectAll,
  selectAllResults,
  toggleOne,
  toggleRange,
  type Selection,
} from './selection.ts';
import {
  loadSelection,
  saveSelection,
  type FileSummary,
  type StoredSelection,
} from './selection-storage.ts';

const SAVE_DELAY_MS = 250;

/** What the grid needs of the selection. */
export interface GridSelection {
  isSelecting: boolean;
  isSelected(fileId: string): boolean;
  /** A click or Space on a card while selecting; Shift extends from the last one. */
  toggle(fileId: string, shown: readonly FileDetails[], withShift: boolean): void;
  /** Space on a card outside selection mode: start selecting, with this card. */
  startWith(fileId: string, shown: readonly FileDetails[]): void;
}

function fresh(viewKey: string, isSelecting: boolean): StoredSelection {
  return { viewKey, isSelecting, selection: EMPTY_SELECTION, files: new Map() };
}

function initial(viewKey: string): StoredSelection {
  const stored = loadSelection();
  return stored?.viewKey === viewKey ? stored : fresh(viewKey, stored?.isSelecting ?? false);
}

function remember(files: ReadonlyMap<string, FileSummary>, shown: readonly FileDetails[]) {
  const next = new Map(files);
  for (const { fileId, name, tags } of shown) next.set(fileId, { fileId, name, tags });
  return next;
}

/**
 * The library's selection: kept per view (a new view starts a new one, since "all results" and
 * Shift ranges mean the files of a view) and kept in the tab, so it survives opening an image.
 */
export function useLibrarySelection(viewKey: string, canSelect: boolean) {
  const [state, setState] = useState(() => initial(viewKey));
  if (state.viewKey !== viewKey) setState(fresh(viewKey, state.isSelecting));

  // Kept a moment after the last change rather than on each click (writing thousands of ids
  // costs milliseconds a click should not wait for), and at once when the library closes.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
    const timer = setTimeout(() => saveSelection(state), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => () => saveSelection(latest.current), []);

  const update = (change: (s: StoredSelection) => Partial<StoredSelection>) =>
    setState((s) => ({ ...s, ...change(s) }));
  const change = (shown: readonly FileDetails[], next: (s: Selection) => Selection) =>
    update((s) => ({ selection: next(s.selection), files: remember(s.files, shown) }));

  const isSelecting = canSelect && state.isSelecting;
  const grid: GridSelection = {
    isSelecting,
    isSelected: (fileId) => isSelecting && isSelected(state.selection, fileId),
    toggle(fileId, shown, withShift) {
      // A plain click touches one file: no pass over every loaded file (10,000 of them, maybe).
      if (!withShift) {
        const file = shown.find((f) => f.fileId === fileId);
        change(file ? [file] : [], (s) => toggleOne(s, fileId));
        return;
      }
      const order = shown.map((f) => f.fileId);
      change(shown, (s) => toggleRange(s, order, fileId));
    },
    startWith(fileId, shown) {
      if (!canSelect) return;
      update((s) => ({
        isSelecting: true,
        selection: toggleOne(s.isSelecting ? s.selection : EMPTY_SELECTION, fileId),
        files: remember(
          s.files,
          shown.filter((f) => f.fileId === fileId),
        ),
      }));
    },
  };

  return {
    grid,
    selection: state.selection,
    /** The selected files seen so far, by id (for names and tags of files not loaded now). */
    knownFiles: state.files,
    setSelecting(on: boolean) {
      update(() => ({ isSelecting: on, selection: EMPTY_SELECTION, files: new Map() }));
    },
    selectAllShown: (shown: readonly FileDetails[]) =>
      change(shown, (s) =>
        selectAll(
          s,
          shown.map((f) => f.fileId),
        ),
      ),
    selectAllResults: () => update(() => ({ selection: selectAllResults(), files: new Map() })),
    clear: () => update(() => ({ selection: EMPTY_SELECTION, files: new Map() })),
  };
}

export type LibrarySelection = ReturnType<typeof useLibrarySelection>;
