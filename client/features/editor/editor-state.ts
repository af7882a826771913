import type { FileDetails } from '../../../common/file-details.ts';
import { mergeDrafts } from './draft-merge.ts';
import {
  buildPatch,
  draftFromFile,
  draftProblems,
  imageSize,
  rebaseDraft,
  type EditorDraft,
} from './editor-draft.ts';
import type { EditorStart } from './restore-draft.ts';

/** Where the editor goes once a save succeeds, e.g. the next image of the view ("Save and next"). */
export interface GoTo {
  path: string;
  /** Router state handed to the page there (e.g. what a pass through a view saved). */
  state?: unknown;
}

export type SaveStatus =
  | { kind: 'idle' }
  /** `then`: where the user asked to go once saved; the page takes them there. */
  | { kind: 'saved'; then?: GoTo }
  /** The draft was just put on someone else's newer version, to be reviewed and saved. */
  | { kind: 'merged' }
  | { kind: 'error'; message: string; details: string[] };

/** Someone else saved the file after the version the user's draft is based on. */
export interface EditConflict {
  /** How it came to light: a save the server refused, or a kept draft on an older version. */
  reason: 'save' | 'restore';
  /** The file as it is now; null while it loads or when loading it failed. */
  theirs: FileDetails | null;
  loadError: string | null;
}

export interface EditorState {
  /** The version the draft is based on: what a save names in If-Match, and the merge's base. */
  saved: FileDetails;
  draft: EditorDraft;
  /** The draft as it was sent by the save on its way, if any. */
  sending: EditorDraft | null;
  /** Where to go when the save on its way succeeds; a failure or a conflict keeps the user here. */
  sendingThen: GoTo | null;
  /** False while a region field holds text that is not a whole number. */
  numbersValid: boolean;
  status: SaveStatus;
  /** The draft is one kept from before a reload or sign-in, not yet saved or discarded. */
  isRestored: boolean;
  conflict: EditConflict | null;
  /** Bumped whenever the draft is replaced wholesale, so half-typed numbers start over. */
  version: number;
}

/** What happened in the editor: what the user did, and what the server answered. */
export type EditorAction =
  | { type: 'edited'; change: Partial<EditorDraft> }
  | { type: 'regionCleared' }
  | { type: 'numbersChecked'; valid: boolean }
  | { type: 'saveStarted'; then?: GoTo }
  | { type: 'saveSucceeded'; file: FileDetails }
  | { type: 'saveFailed'; message: string; details: string[] }
  /** The server refused the save: it was made on an older version of the file. */
  | { type: 'saveConflicted' }
  /** Someone else's version is being loaded (again, after a failure). */
  | { type: 'theirsRequested' }
  | { type: 'theirsLoaded'; theirs: FileDetails }
  | { type: 'theirsFailed'; message: string }
  | { type: 'keptMineOnTheirs' }
  /** During a conflict this takes their version; otherwise the saved one. */
  | { type: 'discarded' }
  /** The file changed elsewhere (an Undo, a revert, another editor, seen on a reload). */
  | { type: 'changedElsewhere'; file: FileDetails };

const IDLE: SaveStatus = { kind: 'idle' };

export function initialEditorState(start: EditorStart): EditorState {
  return {
    saved: start.saved,
    draft: start.draft,
    sending: null,
    sendingThen: null,
    numbersValid: true,
    status: IDLE,
    // A draft restored onto a version that changed since is announced by the conflict instead.
    isRestored: start.isRestored && start.theirs === null,
    conflict: start.theirs && { reason: 'restore', theirs: start.theirs, loadError: null },
    version: 0,
  };
}

/** A new draft from elsewhere: the fields' own half-typed text no longer applies. */
const replaceDraft = (state: EditorState, draft: EditorDraft): EditorState => ({
  ...state,
  draft,
  numbersValid: true,
  version: state.version + 1,
});

/** The editor moves onto someone else's version, with `draft` made for it. */
const adopt = (
  state: EditorState,
  theirs: FileDetails,
  draft: EditorDraft,
  status: SaveStatus,
): EditorState => ({
  ...replaceDraft(state, draft),
  saved: theirs,
  conflict: null,
  isRestored: false,
  status,
});

// "Saved" and "merged" describe the draft as it was; after an edit they no longer hold.
const statusAfterEdit = (status: SaveStatus) =>
  status.kind === 'saved' || status.kind === 'merged' ? IDLE : status;

const withConflict = (state: EditorState, change: Partial<EditConflict>): EditorState =>
  state.conflict ? { ...state, conflict: { ...state.conflict, ...change } } : state;

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edited':
      return {
        ...state,
        draft: { ...state.draft, ...action.change },
        status: statusAfterEdit(state.status),
      };
    case 'regionCleared':
      return {
        ...replaceDraft(state, { ...state.draft, region: null }),
        status: statusAfterEdit(state.status),
      };
    case 'numbersChecked':
      return state.numbersValid === action.valid ? state : { ...state, numbersValid: action.valid };
    case 'saveStarted':
      return { ...state, sending: state.draft, sendingThen: action.then ?? null, status: IDLE };
    case 'saveSucceeded': {
      // Fields the user changed while the save was on its way keep the newer edit.
      const draft = rebaseDraft(state.draft, state.sending ?? state.draft, action.file);
      return {
        ...replaceDraft(state, draft),
        saved: action.file,
        sending: null,
        sendingThen: null,
        status: state.sendingThen ? { kind: 'saved', then: state.sendingThen } : { kind: 'saved' },
        isRestored: false,
      };
    }
    case 'saveFailed':
      return {
        ...state,
        sending: null,
        sendingThen: null,
        status: { kind: 'error', message: action.message, details: action.details },
      };
    case 'saveConflicted':
      return {
        ...state,
        sending: null,
        sendingThen: null,
        conflict: { reason: 'save', theirs: null, loadError: null },
      };
    case 'theirsRequested':
      return withConflict(state, { theirs: null, loadError: null });
    case 'theirsLoaded':
      return withConflict(state, { theirs: action.theirs });
    case 'theirsFailed':
      return withConflict(state, { loadError: action.message });
    case 'keptMineOnTheirs': {
      const theirs = state.conflict?.theirs;
      if (!theirs) return state;
      const merged = mergeDrafts(draftFromFile(state.saved), state.draft, draftFromFile(theirs));
      return adopt(state, theirs, merged, { kind: 'merged' });
    }
    case 'changedElsewhere': {
      // Unsaved edits stay: their save will meet the newer version as a conflict, as usual.
      const busy = state.sending !== null || state.conflict !== null;
      const dirty = Object.keys(buildPatch(state.saved, state.draft)).length > 0;
      return busy || dirty ? state : adopt(state, action.file, draftFromFile(action.file), IDLE);
    }
    case 'discarded': {
      const theirs = state.conflict?.theirs;
      if (theirs) return adopt(state, theirs, draftFromFile(theirs), IDLE);
      return {
        ...replaceDraft(state, draftFromFile(state.saved)),
        isRestored: false,
        status: IDLE,
      };
    }
  }
}

/** What follows from the state: what a save would send, and whether it may be sent now. */
export function deriveEditor(state: EditorState) {
  const image = imageSize(state.saved);
  const patch = buildPatch(state.saved, state.draft);
  const isDirty = Object.keys(patch).length > 0;
  const problems = draftProblems(state.draft, image);
  const hasProblems = problems.length > 0 || !state.numbersValid;
  const isSaving = state.sending !== null;
  const canSave = isDirty && !hasProblems && !isSaving && state.conflict === null;
  // Only a save that has just succeeded leads on, and only when nothing was changed while it was
  // on its way (that edit is not saved yet; leaving would put it out of sight).
  const goTo = state.status.kind === 'saved' && !isDirty ? (state.status.then ?? null) : null;
  return { image, patch, isDirty, problems, hasProblems, isSaving, canSave, goTo };
}

export type EditorDerived = ReturnType<typeof deriveEditor>;
