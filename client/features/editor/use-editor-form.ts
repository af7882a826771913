import { useState } from 'react';
import type { Region } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { isApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { useUpdateDetails } from './api/update-details.ts';
import {
  buildPatch,
  draftFromFile,
  draftProblems,
  imageSize,
  rebaseDraft,
  type EditorDraft,
} from './editor-form.ts';

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string; details: string[] };

/**
 * The editor's state: the saved file, the user's draft of tags and region, what would be sent,
 * and saving it. Edits are kept when a save fails; after a save the draft follows the answer.
 */
export function useEditorForm(file: FileDetails, onSaved: (file: FileDetails) => void) {
  const [saved, setSaved] = useState(file);
  const [draft, setDraft] = useState<EditorDraft>(() => draftFromFile(file));
  const [numbersValid, setNumbersValid] = useState(true);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Bumped whenever the draft is replaced wholesale, so field-level drafts start over.
  const [version, setVersion] = useState(0);
  const mutation = useUpdateDetails(file.fileId);

  const image = imageSize(saved);
  const patch = buildPatch(saved, draft);
  const isDirty = Object.keys(patch).length > 0;
  const problems = draftProblems(draft, image);
  const isSaving = mutation.isPending;
  const hasProblems = problems.length > 0 || !numbersValid;
  const canSave = isDirty && !hasProblems && !isSaving;

  function edit(change: Partial<EditorDraft>) {
    setDraft((current) => ({ ...current, ...change }));
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  }

  function replaceDraft(next: EditorDraft) {
    setDraft(next);
    setNumbersValid(true);
    setVersion((v) => v + 1);
  }

  function save() {
    if (!canSave) return;
    const sent = draft;
    setStatus({ kind: 'idle' });
    mutation.mutate(patch, {
      onSuccess: (updated) => {
        setSaved(updated);
        setDraft((current) => rebaseDraft(current, sent, updated));
        setNumbersValid(true);
        setVersion((v) => v + 1);
        setStatus({ kind: 'saved' });
        onSaved(updated);
      },
      onError: (error) =>
        setStatus({
          kind: 'error',
          message: errorMessage(error),
          details: isApiError(error) ? error.details : [],
        }),
    });
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
    setTags: (tags: string[]) => edit({ tags }),
    setRegion: (region: Region | null) => edit({ region }),
    clearRegion: () => {
      edit({ region: null });
      setNumbersValid(true);
      setVersion((v) => v + 1);
    },
    setNumbersValid,
    discard: () => {
      replaceDraft(draftFromFile(saved));
      setStatus({ kind: 'idle' });
    },
    save,
  };
}

export type EditorForm = ReturnType<typeof useEditorForm>;
