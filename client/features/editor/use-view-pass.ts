import { useState } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';

export interface ViewPass {
  /** Names the pass's reads in the cache: a new pass reads the view anew. */
  id: number;
  anchorId: string;
  /** The latest saved version of each file saved in this pass, the last saved last. */
  saved: readonly FileDetails[];
}

interface PassState extends ViewPass {
  viewKey: string;
  /** Files this pass went to; opening one of them again (browser Back) stays in the pass. */
  members: readonly string[];
}

let passCount = 0;
const newPass = (anchorId: string, viewKey: string): PassState => ({
  id: ++passCount,
  viewKey,
  anchorId,
  members: [anchorId],
  saved: [],
});

/**
 * One pass through a view: it starts where the editor is opened (the anchor) and goes on while the
 * user moves with previous/next. Opening another file or another view starts a new one. Held by
 * the page, which stays while the editor below it is replaced for each image.
 */
export function useViewPass(fileId: string, viewKey: string) {
  const [state, setState] = useState(() => newPass(fileId, viewKey));
  let pass = state;
  if (pass.viewKey !== viewKey || !pass.members.includes(fileId)) {
    pass = newPass(fileId, viewKey);
    setState(pass);
  }
  const update = (change: (p: PassState) => PassState) =>
    setState((p) => (p.id === pass.id ? change(p) : p));

  return {
    pass: pass as ViewPass,
    /** The pass is about to go to `fileId` (its previous or next). */
    admit: (id: string) =>
      update((p) => (p.members.includes(id) ? p : { ...p, members: [...p.members, id] })),
    recordSave: (file: FileDetails) =>
      update((p) => ({
        ...p,
        saved: [...p.saved.filter((f) => f.fileId !== file.fileId), file],
      })),
    /** The last file saved in this pass other than `fileId`: what "Same as previous" copies. */
    lastSavedBefore: (id: string) => pass.saved.findLast((f) => f.fileId !== id) ?? null,
  };
}

export type ViewPassControls = ReturnType<typeof useViewPass>;
