import type { RunDetails } from '../../common/api/runs.ts';
import type { SessionInfo } from '../../common/api/session.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { EditorDraft } from '../features/editor/editor-draft.ts';

export function makeFile(overrides: Partial<FileDetails> = {}): FileDetails {
  const fileId = overrides.fileId ?? 'file_1';
  const name = overrides.name ?? 'red-shoe.jpg';
  return {
    fileId,
    type: 'file',
    name,
    filePath: `/products/${name}`,
    tags: ['shoe', 'red'],
    AITags: null,
    versionInfo: { id: fileId, name: 'Version 1' },
    isPrivateFile: false,
    isPublished: true,
    customCoordinates: null,
    url: `https://ik.imagekit.io/demo/products/${name}?updatedAt=1700000000000`,
    thumbnail: `https://ik.imagekit.io/demo/products/${name}?updatedAt=1700000000000&tr=n-ik_ml_thumbnail`,
    fileType: 'image',
    mime: 'image/jpeg',
    width: 3600,
    height: 2400,
    size: 123_456,
    hasAlpha: false,
    customMetadata: {},
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeSession(role: SessionInfo['user']['role'] = 'editor'): SessionInfo {
  return { user: { username: 'erin', role }, csrfToken: 'csrf-token-1' };
}

/** An editor draft: the given fields, the rest empty (no description, no AI tag removed). */
export function makeDraft(fields: Partial<EditorDraft> = {}): EditorDraft {
  return { tags: [], region: null, description: '', removedAITags: [], ...fields };
}

/** A run that ended with every one of its `total` files updated, unless `fields` say otherwise. */
export function makeRun(total: number, fields: Partial<RunDetails> = {}): RunDetails {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'bulk-tags',
    user: 'erin',
    at: '2026-11-10T10:00:00.000Z',
    finishedAt: null,
    status: 'done',
    change: { add: [], remove: [] },
    tag: null,
    total,
    done: total,
    updated: total,
    failed: 0,
    notSent: 0,
    stopReason: null,
    undoneBy: null,
    undoOf: null,
    failures: [],
    notSentIds: [],
    ...fields,
  };
}
