import { formatCoordinates, type Region } from '../../../common/coordinates.ts';
import type { EditorDraft } from './editor-draft.ts';

/** What someone else changed between the version a draft was made on and the file as it is now. */
export interface TheirChanges {
  addedTags: string[];
  removedTags: string[];
  region: 'same' | 'added' | 'removed' | 'changed';
  descriptionChanged: boolean;
}

// Tags are unique ignoring case (the shared rule), so sets of tags are sets of these keys.
const tagKey = (tag: string) => tag.toLowerCase();

const coordinatesOf = (region: Region | null) => (region ? formatCoordinates(region) : null);

const missingFrom = (tags: readonly string[], other: readonly string[]) =>
  tags.filter((tag) => !other.includes(tag));

export function theirChanges(base: EditorDraft, theirs: EditorDraft): TheirChanges {
  const before = coordinatesOf(base.region);
  const after = coordinatesOf(theirs.region);
  return {
    addedTags: missingFrom(theirs.tags, base.tags),
    removedTags: missingFrom(base.tags, theirs.tags),
    region:
      before === after
        ? 'same'
        : before === null
          ? 'added'
          : after === null
            ? 'removed'
            : 'changed',
    descriptionChanged: base.description !== theirs.description,
  };
}

/**
 * Three-way merge of the user's draft (`mine`, made on `base`) onto `theirs`. Tags merge as sets:
 * their list, less the tags the user removed, plus the tags the user added (a tag they already
 * have in another case keeps their spelling). The region and the description are the user's when
 * the user changed them, else theirs. AI tags the user removed stay removed (a save sends only
 * those their version still has). Nothing is validated here: the editor shows any problem before
 * saving.
 */
export function mergeDrafts(
  base: EditorDraft,
  mine: EditorDraft,
  theirs: EditorDraft,
): EditorDraft {
  // Exact strings, so that changing only a tag's case counts as removing it and adding it anew.
  const removedKeys = new Set(missingFrom(base.tags, mine.tags).map(tagKey));
  const tags = theirs.tags.filter((tag) => !removedKeys.has(tagKey(tag)));
  const present = new Set(tags.map(tagKey));
  for (const tag of missingFrom(mine.tags, base.tags)) {
    if (present.has(tagKey(tag))) continue;
    tags.push(tag);
    present.add(tagKey(tag));
  }
  const mineChangedRegion = coordinatesOf(mine.region) !== coordinatesOf(base.region);
  return {
    tags,
    region: mineChangedRegion ? mine.region : theirs.region,
    description: mine.description !== base.description ? mine.description : theirs.description,
    removedAITags: mine.removedAITags,
  };
}
