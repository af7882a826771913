import { useState } from 'react';
import { EMPTY_SELECTION, selectAll, toggleOne, toggleRange, type Selection } from './selection.ts';

/** The library's selection of files, with the gestures that change it. */
export function useFileSelection() {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  return {
    ids: selection.ids,
    /** A click on a file's checkbox; with Shift it extends from the last one clicked. */
    toggle(fileId: string, order: readonly string[], withShift: boolean) {
      setSelection((s) => (withShift ? toggleRange(s, order, fileId) : toggleOne(s, fileId)));
    },
    selectAll(order: readonly string[]) {
      setSelection((s) => selectAll(s, order));
    },
    clear() {
      setSelection(EMPTY_SELECTION);
    },
  };
}

export type FileSelection = ReturnType<typeof useFileSelection>;
