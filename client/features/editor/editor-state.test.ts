import { describe, expect, it } from 'vitest';
import { makeFile, makeDraft } from '../../testing/fixtures.ts';
import { draftFromFile } from './editor-draft.ts';
import {
  deriveEditor,
  editorReducer,
  initialEditorState,
  type EditConflict,
  type EditorAction,
  type EditorDerived,
  type EditorState,
  type SaveStatus,
} from './editor-state.ts';

const REGION = { x: 100, y: 100, width: 400, height: 300 };
const OPENED = makeFile({ tags: ['shoe', 'red'], customCoordinates: '100,100,400,300' });
const SAVED = makeFile({ tags: ['shoe'], customCoordinates: '100,100,400,300', updatedAt: 'v2' });
const THEIRS = makeFile({ tags: ['shoe', 'red', 'new'], customCoordinates: null, updatedAt: 'v3' });

const NEXT = { path: '/files/file_2' };

/** The user removed "red" and added "sale"; the region is as it was opened. */
const MINE = makeDraft({ tags: ['shoe', 'sale'], region: REGION });

const opened = initialEditorState({
  saved: OPENED,
  draft: draftFromFile(OPENED),
  isRestored: false,
  theirs: null,
});
const state = (change: Partial<EditorState>): EditorState => ({ ...opened, ...change });
const conflict = (change: Partial<EditConflict>): EditConflict => ({
  reason: 'save',
  theirs: null,
  loadError: null,
  ...change,
});
const error: Extract<SaveStatus, { kind: 'error' }> = {
  kind: 'error',
  message: 'ImageKit is not answering.',
  details: [],
};

describe('editorReducer', () => {
  // Each row: the state before, what happened, and every field the action changed.
  it.each<[string, EditorState, EditorAction, Partial<EditorState>]>([
    [
      'the user edits the tags',
      opened,
      { type: 'edited', change: { tags: ['shoe'] } },
      { draft: makeDraft({ tags: ['shoe'], region: REGION }) },
    ],
    [
      'the user edits after a save',
      state({ status: { kind: 'saved' } }),
      { type: 'edited', change: { region: null } },
      { draft: makeDraft({ tags: ['shoe', 'red'], region: null }), status: { kind: 'idle' } },
    ],
    [
      'the user edits after a merge',
      state({ status: { kind: 'merged' } }),
      { type: 'edited', change: { tags: [] } },
      { draft: makeDraft({ tags: [], region: REGION }), status: { kind: 'idle' } },
    ],
    [
      'the user edits after a failed save (the error stays until the next save)',
      state({ status: error }),
      { type: 'edited', change: { tags: [] } },
      { draft: makeDraft({ tags: [], region: REGION }) },
    ],
    [
      'the user clears the region while a number is unreadable',
      state({ numbersValid: false }),
      { type: 'regionCleared' },
      { draft: makeDraft({ tags: ['shoe', 'red'], region: null }), numbersValid: true, version: 1 },
    ],
    [
      'a number field becomes unreadable',
      opened,
      { type: 'numbersChecked', valid: false },
      { numbersValid: false },
    ],
    [
      'the user saves after a failed save',
      state({ draft: MINE, status: error }),
      { type: 'saveStarted' },
      { sending: MINE, status: { kind: 'idle' } },
    ],
    [
      'the save succeeds',
      state({ draft: draftFromFile(SAVED), sending: draftFromFile(SAVED), isRestored: true }),
      { type: 'saveSucceeded', file: SAVED },
      { saved: SAVED, sending: null, status: { kind: 'saved' }, isRestored: false, version: 1 },
    ],
    [
      'the save succeeds after the user edited on (the newer edit stays)',
      state({ draft: makeDraft({ tags: ['shoe', 'later'], region: null }), sending: MINE }),
      { type: 'saveSucceeded', file: SAVED },
      { saved: SAVED, sending: null, status: { kind: 'saved' }, version: 1 },
    ],
    [
      'the user saves, then wants the next image',
      state({ draft: MINE }),
      { type: 'saveStarted', then: NEXT },
      { sending: MINE, sendingThen: NEXT },
    ],
    [
      'the save on the way to the next image succeeds',
      state({ draft: draftFromFile(SAVED), sending: draftFromFile(SAVED), sendingThen: NEXT }),
      { type: 'saveSucceeded', file: SAVED },
      {
        saved: SAVED,
        sending: null,
        sendingThen: null,
        status: { kind: 'saved', then: NEXT },
        version: 1,
      },
    ],
    [
      'the save on the way to the next image fails: the user stays',
      state({ draft: MINE, sending: MINE, sendingThen: NEXT }),
      { type: 'saveFailed', message: error.message, details: [] },
      { sending: null, sendingThen: null, status: error },
    ],
    [
      'the save on the way to the next image is refused as stale: the user stays',
      state({ draft: MINE, sending: MINE, sendingThen: NEXT }),
      { type: 'saveConflicted' },
      { sending: null, sendingThen: null, conflict: conflict({}) },
    ],
    [
      'the save fails',
      state({ draft: MINE, sending: MINE }),
      { type: 'saveFailed', message: error.message, details: [] },
      { sending: null, status: error },
    ],
    [
      'the save is refused as made on an old version',
      state({ draft: MINE, sending: MINE }),
      { type: 'saveConflicted' },
      { sending: null, conflict: conflict({}) },
    ],
    [
      'their version arrives',
      state({ conflict: conflict({}) }),
      { type: 'theirsLoaded', theirs: THEIRS },
      { conflict: conflict({ theirs: THEIRS }) },
    ],
    [
      'their version fails to load',
      state({ conflict: conflict({}) }),
      { type: 'theirsFailed', message: 'Offline.' },
      { conflict: conflict({ loadError: 'Offline.' }) },
    ],
    [
      'the user tries loading their version again',
      state({ conflict: conflict({ reason: 'restore', loadError: 'Offline.' }) }),
      { type: 'theirsRequested' },
      { conflict: conflict({ reason: 'restore' }) },
    ],
    [
      'the user keeps their changes on their version',
      state({ draft: MINE, conflict: conflict({ theirs: THEIRS }), numbersValid: false }),
      { type: 'keptMineOnTheirs' },
      {
        saved: THEIRS,
        // Tags merge as sets; the region is theirs, as the user did not change it.
        draft: makeDraft({ tags: ['shoe', 'new', 'sale'], region: null }),
        conflict: null,
        numbersValid: true,
        status: { kind: 'merged' },
        version: 1,
      },
    ],
    [
      'the user discards their changes',
      state({ draft: MINE, isRestored: true, status: error }),
      { type: 'discarded' },
      { draft: draftFromFile(OPENED), isRestored: false, status: { kind: 'idle' }, version: 1 },
    ],
    [
      'the user discards their changes during a conflict',
      state({ draft: MINE, conflict: conflict({ theirs: THEIRS }) }),
      { type: 'discarded' },
      { saved: THEIRS, draft: draftFromFile(THEIRS), conflict: null, version: 1 },
    ],
    [
      'the user discards while their version still loads (the conflict stays open)',
      state({ draft: MINE, conflict: conflict({}) }),
      { type: 'discarded' },
      { draft: draftFromFile(OPENED), version: 1 },
    ],
    [
      'the file changes elsewhere (an Undo) while nothing is unsaved',
      state({ status: { kind: 'saved' } }),
      { type: 'changedElsewhere', file: THEIRS },
      { saved: THEIRS, draft: draftFromFile(THEIRS), status: { kind: 'idle' }, version: 1 },
    ],
  ])('when %s', (_name, before, action, changed) => {
    expect(editorReducer(before, action)).toEqual({ ...before, ...changed });
  });

  it.each<[string, EditorState, EditorAction]>([
    [
      'their version arrives after the conflict closed',
      opened,
      { type: 'theirsLoaded', theirs: THEIRS },
    ],
    [
      'the user keeps their changes before theirs loaded',
      state({ conflict: conflict({}) }),
      { type: 'keptMineOnTheirs' },
    ],
    ['a number field stays readable', opened, { type: 'numbersChecked', valid: true }],
    [
      'the file changes elsewhere while edits are unsaved (their save will meet it)',
      state({ draft: MINE }),
      { type: 'changedElsewhere', file: THEIRS },
    ],
    [
      'the file changes elsewhere while a save is on its way',
      state({ sending: MINE, draft: MINE }),
      { type: 'changedElsewhere', file: THEIRS },
    ],
  ])('when %s, then nothing changes', (_name, before, action) => {
    expect(editorReducer(before, action)).toBe(before);
  });
});

describe('initialEditorState', () => {
  it.each([
    ['a fresh file', { isRestored: false, theirs: null }, false, null],
    ['a kept draft on the current version', { isRestored: true, theirs: null }, true, null],
    [
      'a kept draft on an older version',
      { isRestored: true, theirs: THEIRS },
      false,
      conflict({ reason: 'restore', theirs: THEIRS }),
    ],
  ])('when the editor opens with %s', (_name, start, isRestored, expected) => {
    const initial = initialEditorState({ saved: OPENED, draft: MINE, ...start });
    expect(initial).toMatchObject({ draft: MINE, isRestored, conflict: expected, version: 0 });
  });
});

describe('deriveEditor', () => {
  const none = { isDirty: false, hasProblems: false, isSaving: false, canSave: false };
  const ready = { isDirty: true, hasProblems: false, isSaving: false, canSave: true };
  it.each<[string, EditorState, Partial<EditorDerived>]>([
    ['nothing was changed', opened, { ...none, patch: {} }],
    ['tags were changed', state({ draft: MINE }), { ...ready, patch: { tags: ['shoe', 'sale'] } }],
    [
      'the region was removed',
      state({ draft: makeDraft({ tags: ['shoe', 'red'], region: null }) }),
      { ...ready, patch: { customCoordinates: null } },
    ],
    [
      'a number is unreadable',
      state({ draft: MINE, numbersValid: false }),
      { hasProblems: true, canSave: false },
    ],
    [
      'a tag breaks the rules',
      state({ draft: makeDraft({ tags: ['50%'], region: REGION }) }),
      { isDirty: true, hasProblems: true, canSave: false },
    ],
    [
      'a save is on its way',
      state({ draft: MINE, sending: MINE }),
      { isSaving: true, canSave: false },
    ],
    [
      'a conflict waits for the user',
      state({ draft: MINE, conflict: conflict({}) }),
      { canSave: false },
    ],
  ])('when %s', (_name, current, expected) => {
    expect(deriveEditor(current)).toMatchObject(expected);
  });

  it('leads on only right after a save that was asked to', () => {
    expect(deriveEditor(state({ status: { kind: 'saved', then: NEXT } })).goTo).toEqual(NEXT);
    expect(deriveEditor(state({ status: { kind: 'saved' } })).goTo).toBeNull();
    const editedAfter = editorReducer(state({ status: { kind: 'saved', then: NEXT } }), {
      type: 'edited',
      change: { tags: [] },
    });
    expect(deriveEditor(editedAfter).goTo).toBeNull();
    const changedMeanwhile = state({ draft: MINE, status: { kind: 'saved', then: NEXT } });
    expect(deriveEditor(changedMeanwhile).goTo).toBeNull();
  });

  it('when the region leaves the image, then the problem is named', () => {
    const outside = state({ draft: makeDraft({ tags: [], region: { ...REGION, x: 3500 } }) });
    expect(deriveEditor(outside).problems).toEqual([expect.stringMatching(/width|x/i)]);
  });
});
