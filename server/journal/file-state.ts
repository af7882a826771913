import type { FileState } from '../../common/api/history.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import type { FileDetails } from '../../common/file-details.ts';

/** What the journal keeps of a file: the fields tagcrop edits. */
export function stateOf(file: FileDetails): FileState {
  return {
    tags: file.tags ?? [],
    customCoordinates: file.customCoordinates ?? null,
    description: file.description ?? '',
    customMetadata: file.customMetadata ?? {},
  };
}

/** The state a PATCH asks for: given fields replace, `null` unsets, metadata merges by key. */
export function withChanges(state: FileState, changes: UpdateDetails): FileState {
  const customMetadata = { ...state.customMetadata };
  for (const [key, value] of Object.entries(changes.customMetadata ?? {})) {
    if (value === null) delete customMetadata[key];
    else customMetadata[key] = value;
  }
  return {
    tags: changes.tags === undefined ? state.tags : (changes.tags ?? []),
    customCoordinates:
      changes.customCoordinates === undefined ? state.customCoordinates : changes.customCoordinates,
    description: changes.description ?? state.description,
    customMetadata,
  };
}

/** As ImageKit's addTags then removeTags apply: exact spellings, added ones go at the end. */
export function withTagDelta(
  state: FileState,
  delta: { add: readonly string[]; remove: readonly string[] },
): FileState {
  const added = delta.add.filter((tag) => !state.tags.includes(tag));
  const tags = [...state.tags, ...added].filter((tag) => !delta.remove.includes(tag));
  return { ...state, tags };
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const sameTagSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag) => b.includes(tag));

const sortedMetadata = (state: FileState) =>
  Object.keys(state.customMetadata)
    .sort()
    .map((key) => [key, state.customMetadata[key]]);

/** The same state, whatever order ImageKit lists tags or metadata keys in. */
export function sameState(a: FileState, b: FileState): boolean {
  return (
    sameTagSet(a.tags, b.tags) &&
    a.customCoordinates === b.customCoordinates &&
    a.description === b.description &&
    sameValue(sortedMetadata(a), sortedMetadata(b))
  );
}

/**
 * Whether `state` shows what `intended` asked of the fields `changes` named: how a read-back
 * tells whether a call whose answer was lost went through. Tags compare as sets.
 */
export function showsChanges(state: FileState, intended: FileState, changes: UpdateDetails) {
  if (changes.tags !== undefined && !sameTagSet(state.tags, intended.tags)) return false;
  if (
    changes.customCoordinates !== undefined &&
    state.customCoordinates !== intended.customCoordinates
  ) {
    return false;
  }
  if (changes.description !== undefined && state.description !== intended.description) {
    return false;
  }
  return Object.keys(changes.customMetadata ?? {}).every((key) =>
    sameValue(state.customMetadata[key] ?? null, intended.customMetadata[key] ?? null),
  );
}
