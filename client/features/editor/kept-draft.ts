import { z } from 'zod';
import { formatCoordinates, parseCoordinates } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import type { EditorDraft } from './editor-draft.ts';

// The region travels as ImageKit's "x,y,width,height" text: the editor's regions are always
// whole pixels inside the image, so the text is exact, and zod needs no number schema for it.
const StoredDraftSchema = z.object({
  owner: z.string(),
  basedOn: z.object({
    updatedAt: z.string(),
    tags: z.array(z.string()).nullable(),
    customCoordinates: z.string().nullable(),
    // Optional: drafts kept before descriptions were edited have neither field.
    description: z.string().optional(),
  }),
  draft: z.object({
    tags: z.array(z.string()),
    customCoordinates: z.string().nullable(),
    description: z.string().optional(),
    removedAITags: z.array(z.string()).optional(),
  }),
});

type StoredDraft = z.infer<typeof StoredDraftSchema>;

/** The version a draft was made on: what a save names in If-Match, and the merge's base. */
export type DraftBase = Pick<
  FileDetails,
  'updatedAt' | 'tags' | 'customCoordinates' | 'description'
>;

/** An unsaved editor draft, kept for this tab across reloads and sign-ins. */
export interface KeptDraft {
  /** The user who made it: another user signing in on the same tab does not get it. */
  owner: string;
  basedOn: DraftBase;
  draft: EditorDraft;
}

export const baseOf = (file: FileDetails): DraftBase => ({
  updatedAt: file.updatedAt,
  tags: file.tags,
  customCoordinates: file.customCoordinates,
  description: file.description,
});

export const keptDraftKey = (fileId: string) => `tagcrop.editor-draft.${fileId}`;

// Session storage, never local storage: the draft dies with the tab, so the next person at a
// shared machine does not find it. Browsers may refuse storage altogether (privacy settings).
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function fromStored({ owner, basedOn, draft }: StoredDraft): KeptDraft | null {
  const region =
    draft.customCoordinates === null ? null : parseCoordinates(draft.customCoordinates);
  if (draft.customCoordinates !== null && region === null) return null;
  return {
    owner,
    basedOn,
    draft: {
      tags: draft.tags,
      region,
      description: draft.description ?? basedOn.description ?? '',
      removedAITags: draft.removedAITags ?? [],
    },
  };
}

/** The kept draft of a file, or null when there is none (or it is unreadable). */
export function readKeptDraft(
  fileId: string,
  storage: Storage | null = tabStorage(),
): KeptDraft | null {
  try {
    const text = storage?.getItem(keptDraftKey(fileId));
    if (!text) return null;
    const parsed = StoredDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? fromStored(parsed.data) : null;
  } catch {
    return null;
  }
}

/** Keeps `kept` for the file, or forgets the file's draft when it is null. Best effort. */
export function writeKeptDraft(
  fileId: string,
  kept: KeptDraft | null,
  storage: Storage | null = tabStorage(),
): void {
  try {
    if (!kept) {
      storage?.removeItem(keptDraftKey(fileId));
      return;
    }
    const { region, ...rest } = kept.draft;
    const stored: StoredDraft = {
      ...kept,
      draft: { ...rest, customCoordinates: region && formatCoordinates(region) },
    };
    storage?.setItem(keptDraftKey(fileId), JSON.stringify(stored));
  } catch {
    // A full or refused storage only costs the safety net; the editor itself still works.
  }
}
