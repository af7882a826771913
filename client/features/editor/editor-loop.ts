import { formatCoordinates } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import type { EditorDraft } from './editor-draft.ts';
import type { GoTo } from './editor-state.ts';
import type { PreviousImage } from './same-as-previous.ts';

/** What the editor of one image gets from the pass through a view it is part of. */
export interface EditorLoop {
  /**
   * Where "Save and next" leads once `saving` is saved: the next image, or back to the view with
   * the pass's summary after the last one; null while the next image is not known yet.
   */
  goOn(saving: FileDetails): GoTo | null;
  /** What "Save and next" does here: go to the next image, or finish the pass. */
  goOnKind: 'next' | 'finish' | null;
  onSaved(file: FileDetails): void;
  /** The image "Same as previous" copies from. */
  previous: PreviousImage | null;
  /** One-key tags (Alt+1…9): the ones used most in the view. */
  quickPicks: readonly string[];
  /** Router state for "Back to library": what the pass saved so far. */
  backState: unknown;
  /** The tag input reports text still on its way to becoming tags ("sne", Enter: a look-up). */
  onTagsPending(pending: boolean): void;
  /**
   * Runs `move` once typed tags have landed: "sne", Enter, Ctrl+Enter typed fast must save the
   * tag Enter is still looking up, not move on without it.
   */
  whenTagsSettled(move: () => void): void;
}

/** The file as it will be once the draft is saved, for counting what a pass saved. */
export function fileAsSaved(saved: FileDetails, draft: EditorDraft): FileDetails {
  return {
    ...saved,
    tags: draft.tags.length > 0 ? draft.tags : null,
    customCoordinates: draft.region ? formatCoordinates(draft.region) : null,
  };
}
