import type { FileDetails } from '../../common/file-details.ts';
import type { StubHandler, StubRequest } from './fetch-stub.ts';

const has = (file: FileDetails, tag: string) =>
  (file.tags ?? []).some((t) => t.toLowerCase() === tag.toLowerCase());
const list = (request: StubRequest, key: string) =>
  (request.query.get(key) ?? '').split(',').filter(Boolean);

/** A small stand-in for the catalog's filters: enough to tell which query the page asked. */
export function matchingFiles(files: readonly FileDetails[], request: StubRequest): FileDetails[] {
  const q = request.query.get('q')?.toLowerCase();
  return files.filter(
    (file) =>
      (!q || file.name.toLowerCase().includes(q) || (file.tags ?? []).some((t) => t.includes(q))) &&
      list(request, 'tags').every((t) => has(file, t)) &&
      list(request, 'notTags').every((t) => !has(file, t)) &&
      (request.query.get('untagged') !== 'true' || (file.tags ?? []).length === 0) &&
      (request.query.get('region') !== 'none' || file.customCoordinates === null),
  );
}

/** `GET /api/files` over `files` with cursor paging (the cursor is the next offset). */
export function catalogFiles(files: readonly FileDetails[]): StubHandler {
  return (request) => {
    const matches = matchingFiles(files, request);
    const from = Number(request.query.get('cursor') ?? 0);
    const limit = Number(request.query.get('limit') ?? 100);
    const next = from + limit < matches.length ? String(from + limit) : null;
    return {
      body: { files: matches.slice(from, from + limit), total: matches.length, nextCursor: next },
    };
  };
}

/** The other catalog endpoints the library page asks, answered for `files`. */
export function catalogRoutes(files: readonly FileDetails[]): Record<string, StubHandler> {
  const untagged = files.filter((f) => (f.tags ?? []).length === 0).length;
  const noRegion = files.filter((f) => f.customCoordinates === null).length;
  return {
    'GET /api/files': catalogFiles(files),
    'GET /api/catalog': {
      body: {
        status: 'ready',
        files: files.length,
        untagged,
        noRegion,
        tags: 0,
        lastSyncAt: null,
        lastError: null,
      },
    },
    'GET /api/folders': {
      body: { folders: [{ path: '/products/', files: files.length, untagged, noRegion }] },
    },
    'GET /api/tags': { body: { tags: [], total: 0 } },
    'GET /api/views': { body: { views: [] } },
  };
}
