import type { FileDetails } from '../../common/file-details.ts';
import { matchingFiles } from './catalog-stub.ts';
import type { StubHandler, StubRequest } from './fetch-stub.ts';

/**
 * The catalog routes a pass through a view reads, over `files` (kept current by `save`) in their
 * given order, which stands for the default "newest first"; `sort=created` is the reverse.
 * Cursors are offsets into the order asked, as long as nothing leaves it before they are used.
 */
export function passCatalog(files: FileDetails[]) {
  const ordered = (request: StubRequest) => {
    const matches = matchingFiles(files, request);
    return request.query.get('sort') === 'created' ? [...matches].reverse() : matches;
  };
  const routes: Record<string, StubHandler> = {
    'GET /api/files': (request) => {
      const all = ordered(request);
      const from = Number(request.query.get('cursor') ?? 0);
      const limit = Number(request.query.get('limit') ?? 100);
      const next = from + limit < all.length ? String(from + limit) : null;
      return {
        body: { files: all.slice(from, from + limit), total: all.length, nextCursor: next },
      };
    },
    'GET /api/files/:fileId/position': (request) => {
      const fileId = request.path.split('/')[3];
      const at = files.findIndex((f) => f.fileId === fileId);
      const matches = matchingFiles(files, request);
      const index = matches.filter((f) => files.indexOf(f) < at).length;
      const inView = matches.some((f) => f.fileId === fileId);
      return {
        body: {
          index,
          total: matches.length,
          inView,
          after: String(index + (inView ? 1 : 0)),
          before: { sort: 'created', cursor: String(matches.length - index) },
        },
      };
    },
    'GET /api/files/:fileId': (request) => ({
      body: files.find((f) => f.fileId === request.path.split('/')[3]),
    }),
    'PATCH /api/files/:fileId/details': (request) => {
      const at = files.findIndex((f) => f.fileId === request.path.split('/')[3]);
      files[at] = {
        ...files[at]!,
        ...(request.body as Partial<FileDetails>),
        updatedAt: '2026-11-02T10:00:00.000Z',
      };
      return { body: files[at] };
    },
  };
  return routes;
}
