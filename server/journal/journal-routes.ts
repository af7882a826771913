import { Router } from 'express';
import { z } from 'zod';
import { JOURNAL_ENTRY_HEADER } from '../../common/api/history.ts';
import { FileIdSchema } from '../../common/file-id.ts';
import { fileETag } from '../../common/file-version.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { Journal } from './journal-store.ts';
import type { Reverter } from './revert-service.ts';

const EntryIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, 'entryId is a whole number from 1')
  .transform(Number);

/** A file's history, and reverting one of its changes. */
export function journalRoutes(journal: Journal, revert: Reverter): Router {
  const router = Router();

  router.get('/files/:fileId/history', requireRole('viewer'), noQuery, async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    res.json({ entries: await journal.history(fileId) });
  });

  router.post('/history/:entryId/revert', requireRole('editor'), noQuery, async (req, res) => {
    const entryId = parseOrThrow(EntryIdSchema, req.params.entryId, 'entryId');
    const answer = await revert(entryId, req.session!.user.username);
    res.set('ETag', fileETag(answer.file));
    if (answer.entry) res.set(JOURNAL_ENTRY_HEADER, String(answer.entry.id));
    res.json(answer);
  });

  return router;
}
