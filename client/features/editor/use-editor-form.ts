import { useState } from 'react';
import type { Region } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { isApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { useUpdateDetails } from '../../api/files/update-details.ts';
import { mergeDrafts } from './draft-merge.ts';
import {
  buildPatch,
  draftFromFile,
  draftProblems,
  imageSize,
  rebaseDraft,
  type EditorDraft,
} from './editor-draft.ts';
import { readKeptDraft } from './kept-draft.ts';
import { startEditing } from './restore-draft.ts';
import { useEditConflict } from './use-edit-conflict.ts';
import { useKeptDraft } from './use-kept-draft.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved' }
  /** The draft was just put on someone else's newer version, to be reviewed and saved. */
  | { kind: 'merged' }
  | { kind: 'error'; message: string; details: string[] };

export interface EditorFormOptions {
  /** Whose unsaved drafts this tab keeps and restores; null for users who cannot edit. */
  draftOwner: string | null;
}

/**
 * The editor's state: the version the draft is based on (`saved`), the user's draft of tags and
 * region, what would be sent, and saving it. Edits are kept when a save fails, and kept in the
 * tab until saved; a save made on an outdated version opens a conflict instead of overwriting.
 */
export function useEditorForm(file: FileDetails, { draftOwner }: EditorFormOptions) {
  const [start] = useState(() =>
    startEditing(file, draftOwner === null ? null : readKeptDraft(file.fileId), draftOwner),
  );
  const [saved, setSaved] = useState(start.saved);
  const [draft, setDraft] = useState<EditorDraft>(start.draft);
  const [numbersValid, setNumbersValid] = useState(true);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // A draft restored onto a version that changed since is announced by the conflict instead.
  const [isRestored, setIsRestored] = useState(start.isRestored && start.theirs === null);
  // Bumped whenever the draft is replaced wholesale, so field-level drafts start over.
  const [version, setVersion] = useState(0);
  const mutation = useUpdateDetails(file.fileId);
  const conflicts = useEditConflict(file.fileId, start.theirs);
  const { conflict } = conflicts;

  const image = imageSize(saved);
  const patch = buildPatch(saved, draft);
  const isDirty = Object.keys(patch).length > 0;
  const problems = draftProblems(draft, image);
  const isSaving = mutation.isPending;
  const hasProblems = problems.length > 0 || !numbersValid;
  const canSave = isDirty && !hasProblems && !isSaving && conflict === null;
  const forgetKeptDraft = useKeptDraft(file.fileId, draftOwner, saved, draft, isDirty);

  function edit(change: Partial<EditorDraft>) {
    setDraft((current) => ({ ...current, ...change }));
    if (status.kind === 'saved' || status.kind === 'merged') setStatus({ kind: 'idle' });
  }

  function replaceDraft(next: EditorDraft) {
    setDraft(next);
    setNumbersValid(true);
    setVersion((v) => v + 1);
  }

  function adopt(theirs: FileDetails, next: EditorDraft, nextStatus: SaveStatus) {
    setSaved(theirs);
    replaceDraft(next);
    conflicts.close();
    setIsRestored(false);
    setStatus(nextStatus);
  }

  function save() {
    if (!canSave) return;
    const sent = draft;
    setStatus({ kind: 'idle' });
    mutation.mutate(
      { changes: patch, basedOn: saved.updatedAt },
      {
        onSuccess: (updated) => {
          setSaved(updated);
          setDraft((current) => rebaseDraft(current, sent, updated));
          setNumbersValid(true);
          setVersion((v) => v + 1);
          setStatus({ kind: 'saved' });
          setIsRestored(false);
          forgetKeptDraft();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'edit_conflict') {
            conflicts.open();
            return;
          }
          setStatus({
            kind: 'error',
            message: errorMessage(error),
            details: isApiError(error) ? error.details : [],
          });
        },
      },
    );
  }

  /** Drops the user's edits: back to their version during a conflict, else to the saved file. */
  function discard() {
    forgetKeptDraft();
    if (conflict?.theirs) {
      adopt(conflict.theirs, draftFromFile(conflict.theirs), { kind: 'idle' });
      return;
    }
    replaceDraft(draftFromFile(saved));
    setIsRestored(false);
    setStatus({ kind: 'idle' });
  }

  /** Puts the user's own changes on top of their version; the user reviews, then saves. */
  function keepMineOnTheirs() {
    const theirs = conflict?.theirs;
    if (!theirs) return;
    const merged = mergeDrafts(draftFromFile(saved), draft, draftFromFile(theirs));
    adopt(theirs, merged, { kind: 'merged' });
  }

  return {
    saved,
    image,
    draft,
    version,
    isDirty,
    isSaving,
    canSave,
    problems,
    hasProblems,
    status,
    isRestored,
    conflict,
    setTags: (tags: string[]) => edit({ tags }),
    setRegion: (region: Region | null) => edit({ region }),
    clearRegion: () => {
      edit({ region: null });
      setNumbersValid(true);
      setVersion((v) => v + 1);
    },
    setNumbersValid,
    discard,
    keepMineOnTheirs,
    retryConflict: conflicts.retry,
    forgetKeptDraft,
    save,
  };
}

export type EditorForm = ReturnType<typeof useEditorForm>;
