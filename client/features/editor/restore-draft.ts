import type { FileDetails } from '../../../common/file-details.ts';
import { buildPatch, draftFromFile, type EditorDraft } from './editor-draft.ts';
import type { KeptDraft } from './kept-draft.ts';

export interface EditorStart {
  /** The version the draft is based on: the file itself, or the older one a kept draft was made on. */
  saved: FileDetails;
  draft: EditorDraft;
  isRestored: boolean;
  /** The file as it is now, when the restored draft was made on an older version of it. */
  theirs: FileDetails | null;
}

/**
 * What the editor opens with. A kept draft of the same user comes back; when the file changed
 * since it was made, the draft stays on the version it was made on, and the file as it is now is
 * handed over as "theirs", so the editor can offer the same merge as after a refused save.
 */
export function startEditing(
  file: FileDetails,
  kept: KeptDraft | null,
  owner: string | null,
): EditorStart {
  const fresh: EditorStart = {
    saved: file,
    draft: draftFromFile(file),
    isRestored: false,
    theirs: null,
  };
  if (!kept || owner === null || kept.owner !== owner) return fresh;
  const isCurrent = kept.basedOn.updatedAt === file.updatedAt;
  const saved = isCurrent ? file : { ...file, ...kept.basedOn };
  if (Object.keys(buildPatch(saved, kept.draft)).length === 0) return fresh;
  return { saved, draft: kept.draft, isRestored: true, theirs: isCurrent ? null : file };
}
