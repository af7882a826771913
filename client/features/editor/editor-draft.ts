import { MAX_DESCRIPTION_CHARS, type UpdateDetails } from '../../../common/api/update-details.ts';
import {
  formatCoordinates,
  parseCoordinates,
  regionProblems,
  type Region,
  type Size,
} from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { tagListProblems } from '../../../common/tags.ts';

/** What the user is editing: the file's tags, important region (original pixels) and description. */
export interface EditorDraft {
  tags: string[];
  region: Region | null;
  /** ImageKit's `description`, the alt text pages use; '' when there is none. */
  description: string;
  /** Names of the file's AI tags the user removed, sent as `removeAITags` on save. */
  removedAITags: string[];
}

export type DetailsPatch = Pick<
  UpdateDetails,
  'tags' | 'customCoordinates' | 'description' | 'removeAITags'
>;

/** The original's pixel size, or null for files without one (regions need it). */
export function imageSize(file: Pick<FileDetails, 'width' | 'height'>): Size | null {
  const { width, height } = file;
  return width && height && width > 0 && height > 0 ? { width, height } : null;
}

export function draftFromFile(file: FileDetails): EditorDraft {
  return {
    tags: [...(file.tags ?? [])],
    region: file.customCoordinates ? parseCoordinates(file.customCoordinates) : null,
    description: file.description ?? '',
    removedAITags: [],
  };
}

/** The removed AI tags the file still has: removing one that is gone already changes nothing. */
const stillThere = (file: FileDetails, names: readonly string[]) =>
  names.filter((name) => (file.AITags ?? []).some((t) => t.name === name));

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

const coordinatesOf = (region: Region | null) => (region ? formatCoordinates(region) : null);

/**
 * The fields that differ from the saved file, and only those: an empty tag list and a removed
 * region are sent as `null`, which unsets them upstream; a description emptied is sent as ''
 * (ImageKit's `description` is a string, never null).
 */
export function buildPatch(saved: FileDetails, draft: EditorDraft): DetailsPatch {
  const patch: DetailsPatch = {};
  const savedDraft = draftFromFile(saved);
  if (!sameTags(savedDraft.tags, draft.tags)) {
    patch.tags = draft.tags.length > 0 ? [...draft.tags] : null;
  }
  const coordinates = coordinatesOf(draft.region);
  if (coordinatesOf(savedDraft.region) !== coordinates) patch.customCoordinates = coordinates;
  if (draft.description !== savedDraft.description) patch.description = draft.description;
  const removed = stillThere(saved, draft.removedAITags);
  if (removed.length > 0) patch.removeAITags = removed;
  return patch;
}

/** Everything that would make the server refuse the draft, checked before sending. */
export function draftProblems(draft: EditorDraft, image: Size | null): string[] {
  const problems = tagListProblems(draft.tags);
  if (draft.description.length > MAX_DESCRIPTION_CHARS) {
    problems.push(
      `The description has ${draft.description.length} characters; it can have at most ${MAX_DESCRIPTION_CHARS}.`,
    );
  }
  if (draft.region) {
    if (image) problems.push(...regionProblems(draft.region, image));
    else problems.push('This file has no pixel size, so it cannot have a region.');
  }
  return problems;
}

/**
 * The draft after a save of `sent` answered `saved`: fields still as they were sent take the
 * server's value; fields the user changed while the save was on its way keep the newer edit.
 */
export function rebaseDraft(
  current: EditorDraft,
  sent: EditorDraft,
  saved: FileDetails,
): EditorDraft {
  const fromServer = draftFromFile(saved);
  return {
    tags: sameTags(current.tags, sent.tags) ? fromServer.tags : current.tags,
    region:
      coordinatesOf(current.region) === coordinatesOf(sent.region)
        ? fromServer.region
        : current.region,
    description:
      current.description === sent.description ? fromServer.description : current.description,
    // As sent: done (what the server still lists, it kept). Changed meanwhile: the removals the
    // file still needs wait for the next save.
    removedAITags: sameTags(current.removedAITags, sent.removedAITags)
      ? []
      : stillThere(saved, current.removedAITags),
  };
}
