import { useEffect, useRef } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';
import type { EditorDraft } from './editor-draft.ts';
import { baseOf, writeKeptDraft } from './kept-draft.ts';

const KEEP_DRAFT_DEBOUNCE_MS = 300;

/**
 * Keeps the unsaved draft in this tab's session storage while it differs from the saved file,
 * so a reload or an expired session does not lose it; forgets it once it is saved or undone.
 * Writes wait for a pause in typing, but a pending one is written at once when the editor goes
 * away (a 401 sends the user to sign in) or the page does (reload).
 */
export function useKeptDraft(
  fileId: string,
  owner: string | null,
  saved: FileDetails,
  draft: EditorDraft,
  isDirty: boolean,
) {
  const pendingWrite = useRef<(() => void) | null>(null);

  useEffect(() => {
    // No owner: a user who cannot edit, or a session that just ended (a 401 renders the editor
    // once more before it goes). Either way, what is kept stays as it is.
    if (owner === null) return;
    const write = () => {
      pendingWrite.current = null;
      writeKeptDraft(fileId, isDirty ? { owner, basedOn: baseOf(saved), draft } : null);
    };
    pendingWrite.current = write;
    const timer = setTimeout(write, KEEP_DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [fileId, owner, saved, draft, isDirty]);

  useEffect(() => {
    const flush = () => pendingWrite.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  /** Drops the kept draft now, and any write still waiting (the user chose to lose the edits). */
  return function forget() {
    pendingWrite.current = null;
    writeKeptDraft(fileId, null);
  };
}
