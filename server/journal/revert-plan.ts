import type { FileState, RevertConflict } from '../../common/api/history.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import { MAX_TAGS_TOTAL_CHARS, tagsTotalLength } from '../../common/tags.ts';
import { sameValue } from './file-state.ts';

export interface RevertPlan {
  /** The PATCH that restores what can be restored; null when the file is already so. */
  changes: UpdateDetails | null;
  /** Fields changed by someone else since: the revert must not overwrite them. */
  conflicts: RevertConflict[];
}

const folded = (tags: readonly string[]) => new Set(tags.map((tag) => tag.toLowerCase()));

/**
 * Tags as sets: takes off what the change added and puts back what it removed, leaving every
 * other tag of the file as it is now (a colleague's later tags stay). A tag put back that the
 * file already has in another spelling is left out: tags are unique ignoring case.
 */
export function revertTags(
  before: readonly string[],
  after: readonly string[],
  current: readonly string[],
) {
  const added = after.filter((tag) => !before.includes(tag));
  const removed = before.filter((tag) => !after.includes(tag));
  const kept = current.filter((tag) => !added.includes(tag));
  const present = folded(kept);
  return [...kept, ...removed.filter((tag) => !present.has(tag.toLowerCase()))];
}

/**
 * One value the change replaced: put back when it still holds what the change left, left alone
 * when it is already back, and in the way when someone has set it to something else since.
 */
function revertValue(
  field: RevertConflict['field'],
  before: unknown,
  after: unknown,
  current: unknown,
): { restore: unknown } | { conflict: RevertConflict } | null {
  if (sameValue(before, after) || sameValue(current, before)) return null;
  if (sameValue(current, after)) return { restore: before };
  return { conflict: { field, expected: after, current, restore: before } };
}

/** What reverting a change (`before` → `after`) takes, given the file as it is now. */
export function planRevert(before: FileState, after: FileState, current: FileState): RevertPlan {
  const changes: UpdateDetails = {};
  const conflicts: RevertConflict[] = [];
  const take = (outcome: ReturnType<typeof revertValue>, apply: (value: unknown) => void) => {
    if (outcome && 'conflict' in outcome) conflicts.push(outcome.conflict);
    else if (outcome) apply(outcome.restore);
  };

  const tags = revertTags(before.tags, after.tags, current.tags);
  if (!sameValue(tags, current.tags)) {
    if (tagsTotalLength(tags) > MAX_TAGS_TOTAL_CHARS) {
      conflicts.push({ field: 'tags', expected: after.tags, current: current.tags, restore: tags });
    } else {
      changes.tags = tags.length > 0 ? tags : null;
    }
  }
  take(
    revertValue(
      'customCoordinates',
      before.customCoordinates,
      after.customCoordinates,
      current.customCoordinates,
    ),
    (value) => (changes.customCoordinates = value as string | null),
  );
  take(
    revertValue('description', before.description, after.description, current.description),
    (value) => (changes.description = value as string),
  );
  const keys = new Set([
    ...Object.keys(before.customMetadata),
    ...Object.keys(after.customMetadata),
  ]);
  for (const key of [...keys].sort()) {
    const value = (state: FileState) => state.customMetadata[key] ?? null;
    take(
      revertValue(`customMetadata.${key}`, value(before), value(after), value(current)),
      (restored) => {
        changes.customMetadata = { ...changes.customMetadata, [key]: restored as never };
      },
    );
  }
  return { changes: Object.keys(changes).length > 0 ? changes : null, conflicts };
}
