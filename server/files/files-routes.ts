import { Router } from 'express';
import { z } from 'zod';
import { bulkTagsSchemaFor } from '../../common/api/bulk-tags.ts';
import { IF_MATCH_HEADER } from '../../common/api/error-envelope.ts';
import { JOURNAL_ENTRY_HEADER } from '../../common/api/history.ts';
import { FileListQuerySchema } from '../../common/api/file-query.ts';
import { isPassThroughQuery, PassThroughQuerySchema } from '../../common/api/list-files.ts';
import { UpdateDetailsSchema } from '../../common/api/update-details.ts';
import { FileIdSchema } from '../../common/file-id.ts';
import { fileETag } from '../../common/file-version.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { accepted, prefersAsync } from '../http/prefer-async.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { BulkTagsService } from './bulk-tags-service.ts';
import type { FilesService } from './files-service.ts';

// ImageKit transformation steps as the UI builds them, e.g. "w-400,h-400,c-at_max:fo-custom".
const ImageQuerySchema = z.strictObject({
  tr: z
    .string()
    .regex(/^[A-Za-z0-9_.,:-]{1,300}$/, 'tr is a chain of transformation steps like w-400,h-300')
    .optional(),
  // Ignored here: the client puts the file's updatedAt in it so browsers cache per version.
  v: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9:._-]+$/)
    .optional(),
});

// The ETag of the version the editor started from (or its quoted updatedAt, the older form);
// absent means "whatever is there". Weak tags are well-formed but never match.
const IfMatchSchema = z
  .string()
  .regex(
    /^(\*|(W\/)?"[0-9A-Za-z:.+-]{1,40}")$/,
    "If-Match is the file's ETag (or its quoted updatedAt)",
  )
  .optional();

/** Thin routes: validate, call the service, answer. All of them sit behind requireSession. */
export function filesRoutes(files: FilesService, bulk: BulkTagsService): Router {
  const router = Router();

  // Two forms: the catalog's filters, or ImageKit's own terms (searchQuery…) passed through.
  router.get('/files', requireRole('viewer'), async (req, res) => {
    if (isPassThroughQuery(req.query)) {
      res.json(
        await files.listPassThrough(parseOrThrow(PassThroughQuerySchema, req.query, 'query')),
      );
    } else {
      res.json(await files.list(parseOrThrow(FileListQuerySchema, req.query, 'query')));
    }
  });

  router.get('/files/:fileId', requireRole('viewer'), noQuery, async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const file = await files.get(fileId);
    // Set before the body: Express then keeps it instead of hashing the body into a weak one.
    res.set('ETag', fileETag(file));
    res.json(file);
  });

  router.get('/files/:fileId/image', requireRole('viewer'), async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const { tr } = parseOrThrow(ImageQuerySchema, req.query, 'query');
    // Signed URLs expire; the browser may reuse this answer for a while, but not past that.
    res.set('Cache-Control', 'private, max-age=300');
    res.redirect(302, await files.imageUrl(fileId, tr));
  });

  router.get(
    '/files/:fileId/suggested-region',
    requireRole('viewer'),
    noQuery,
    async (req, res) => {
      const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
      res.json(await files.suggestRegion(fileId));
    },
  );

  router.patch('/files/:fileId/details', requireRole('editor'), noQuery, async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const changes = parseOrThrow(UpdateDetailsSchema, req.body, 'change');
    const ifMatch = parseOrThrow(IfMatchSchema, req.get(IF_MATCH_HEADER), IF_MATCH_HEADER);
    const user = req.session!.user.username;
    const { file, entryId } = await files.update(fileId, changes, { user, ifMatch });
    res.set('ETag', fileETag(file));
    if (entryId !== null) res.set(JOURNAL_ENTRY_HEADER, String(entryId));
    res.json(file);
  });

  router.post('/bulk/tags', requireRole('editor'), noQuery, async (req, res) => {
    const body = parseOrThrow(bulkTagsSchemaFor(req.body), req.body, 'bulk change');
    const run = await bulk.start(body, req.session!.user.username);
    if (prefersAsync(req)) return accepted(res, `/api/runs/${run.id}`, run);
    res.json(await bulk.result(run.id));
  });

  return router;
}
