import { Router } from 'express';
import { z } from 'zod';
import { ListFilesQuerySchema } from '../../common/api/list-files.ts';
import { UpdateDetailsSchema } from '../../common/api/update-details.ts';
import { FileIdSchema } from '../../common/file-id.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { parseOrThrow } from '../http/validate.ts';
import type { FilesService } from './files-service.ts';
import type { TagVocabulary } from './tag-vocabulary.ts';

const TagQuerySchema = z.strictObject({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Thin routes: validate, call the service, answer. All of them sit behind requireSession. */
export function filesRoutes(files: FilesService, vocabulary: TagVocabulary): Router {
  const router = Router();

  router.get('/files', requireRole('viewer'), async (req, res) => {
    const query = parseOrThrow(ListFilesQuerySchema, req.query, 'query');
    res.json(await files.list(query));
  });

  router.get('/files/:fileId', requireRole('viewer'), async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    res.json(await files.get(fileId));
  });

  router.patch('/files/:fileId/details', requireRole('editor'), async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const changes = parseOrThrow(UpdateDetailsSchema, req.body, 'change');
    res.json(await files.update(fileId, changes));
  });

  router.get('/tags', requireRole('viewer'), async (req, res) => {
    const { q, limit } = parseOrThrow(TagQuerySchema, req.query, 'query');
    res.json({ tags: await vocabulary.search(q, limit) });
  });

  return router;
}
