import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import type { Region } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { fileETag } from '../../../common/file-version.ts';
import { refreshAfterFileChange } from '../../api/files/file-cache.ts';
import { currentFileQueryOptions } from '../../api/files/get-file.ts';
import { useUpdateDetails } from '../../api/files/update-details.ts';
import { isApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { undoOffers } from '../../lib/undo-offers.ts';
import { deriveEditor, editorReducer, initialEditorState, type GoTo } from './editor-state.ts';
import { readKeptDraft } from './kept-draft.ts';
import { startEditing } from './restore-draft.ts';
import { useKeptDraft } from './use-kept-draft.ts';

export interface EditorFormOptions {
  /** Whose unsaved drafts this tab keeps and restores; null for users who cannot edit. */
  draftOwner: string | null;
  /** Told of every successful save (a pass through a view counts what it saved). */
  onSaved?(file: FileDetails): void;
}

/**
 * The editor's state (see editor-state.ts) wired to the server and the tab: saving, loading
 * someone else's version when a save is refused as stale, and keeping the unsaved draft.
 */
export function useEditorForm(file: FileDetails, { draftOwner, onSaved }: EditorFormOptions) {
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(editorReducer, null, () =>
    initialEditorState(
      startEditing(file, draftOwner === null ? null : readKeptDraft(file.fileId), draftOwner),
    ),
  );
  const derived = deriveEditor(state);
  const mutation = useUpdateDetails(file.fileId);
  const forgetKeptDraft = useKeptDraft(
    file.fileId,
    draftOwner,
    state.saved,
    state.draft,
    derived.isDirty,
  );

  // The page's copy of the file moved on without this form (an Undo, a revert in the history):
  // with nothing unsaved, the form shows it.
  const seen = fileETag(file);
  useEffect(() => {
    if (seen !== fileETag(state.saved)) dispatch({ type: 'changedElsewhere', file });
    // Only a new version of the page's copy matters, not each edit of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seen]);

  /** Their version: as the 412 named it, or read again when it did not. */
  function showTheirs(error: unknown) {
    const current = isApiError(error) ? (error.body as { current?: FileDetails })?.current : null;
    if (!current) return loadTheirs();
    refreshAfterFileChange(queryClient, { file: current });
    dispatch({ type: 'theirsLoaded', theirs: current });
  }

  function loadTheirs() {
    queryClient.fetchQuery(currentFileQueryOptions(file.fileId)).then(
      (theirs) => {
        refreshAfterFileChange(queryClient, { file: theirs });
        dispatch({ type: 'theirsLoaded', theirs });
      },
      (error: unknown) => dispatch({ type: 'theirsFailed', message: errorMessage(error) }),
    );
  }

  /** Saves; with `then`, the page moves on there once the save succeeds (a failure stays). */
  function save(options: { then?: GoTo } = {}) {
    if (!derived.canSave) return;
    dispatch({ type: 'saveStarted', then: options.then });
    mutation.mutate(
      { changes: derived.patch, basedOn: fileETag(state.saved) },
      {
        onSuccess: ({ file: updated, entryId }) => {
          dispatch({ type: 'saveSucceeded', file: updated });
          forgetKeptDraft();
          onSaved?.(updated);
          if (entryId !== null) {
            undoOffers.offer(`Saved ${updated.name}.`, { kind: 'entry', entryId });
          }
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'edit_conflict') {
            dispatch({ type: 'saveConflicted' });
            showTheirs(error);
            return;
          }
          const details = isApiError(error) ? error.details : [];
          dispatch({ type: 'saveFailed', message: errorMessage(error), details });
        },
      },
    );
  }

  return {
    ...state,
    ...derived,
    setTags: (tags: string[]) => dispatch({ type: 'edited', change: { tags } }),
    setRegion: (region: Region | null) => dispatch({ type: 'edited', change: { region } }),
    setDescription: (description: string) => dispatch({ type: 'edited', change: { description } }),
    /** Marks one of the file's AI tags for removal on save, or takes the mark back. */
    setAITagRemoved(name: string, removed: boolean) {
      const others = state.draft.removedAITags.filter((n) => n !== name);
      dispatch({ type: 'edited', change: { removedAITags: removed ? [...others, name] : others } });
    },
    clearRegion: () => dispatch({ type: 'regionCleared' }),
    setNumbersValid: (valid: boolean) => dispatch({ type: 'numbersChecked', valid }),
    /** Drops the user's edits: back to their version during a conflict, else to the saved file. */
    discard() {
      forgetKeptDraft();
      dispatch({ type: 'discarded' });
    },
    /** Puts the user's own changes on top of their version; the user reviews, then saves. */
    keepMineOnTheirs: () => dispatch({ type: 'keptMineOnTheirs' }),
    retryConflict() {
      dispatch({ type: 'theirsRequested' });
      loadTheirs();
    },
    forgetKeptDraft,
    save,
  };
}

export type EditorForm = ReturnType<typeof useEditorForm>;
