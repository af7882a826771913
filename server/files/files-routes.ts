import { Router } from 'express';
import { z } from 'zod';
import { bulkTagsSchemaFor } from '../../common/api/bulk-tags.ts';
import { IF_MATCH_HEADER } from '../../common/api/error-envelope.ts';
import { FileListQuerySchema } from '../../common/api/file-query.ts';
import { isPassThroughQuery, PassThroughQuerySchema } from '../../common/api/list-files.ts';
import { UpdateDetailsSchema } from '../../common/api/update-details.ts';
import { FileIdSchema } from '../../common/file-id.ts';
import { requireRole } from '../auth/session-middleware.ts';
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

// `"<updatedAt>"` of the version the editor started from; absent means "whatever is there".
const IfMatchSchema = z
  .string()
  .regex(/^"[0-9A-Za-z:.+-]{1,40}"$/, 'If-Match is the quoted updatedAt of the file')
  .transform((tag) => tag.slice(1, -1))
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
    res.json(await files.get(fileId));
  });

  router.get('/files/:fileId/image', requireRole('viewer'), async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const { tr } = parseOrThrow(ImageQuerySchema, req.query, 'query');
    // Signed URLs expire; the browser may reuse this answer for a while, but not past that.
    res.set('Cache-Control', 'private, max-age=300');
    res.redirect(302, await files.imageUrl(fileId, tr));
  });

  router.patch('/files/:fileId/details', requireRole('editor'), noQuery, async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const changes = parseOrThrow(UpdateDetailsSchema, req.body, 'change');
    const ifMatch = parseOrThrow(IfMatchSchema, req.get(IF_MATCH_HEADER), IF_MATCH_HEADER);
    res.json(await files.update(fileId, changes, ifMatch));
  });

  router.post('/bulk/tags', requireRole('editor'), noQuery, async (req, res) => {
    const body = parseOrThrow(bulkTagsSchemaFor(req.body), req.body, 'bulk change');
    res.json(await bulk.apply(body));
  });

  return router;
}
