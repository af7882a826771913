import { Router } from 'express';
import { z } from 'zod';
import { TagRewriteSchema } from '../../common/api/runs.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { accepted, prefersAsync } from '../http/prefer-async.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { RunsService } from './runs-service.ts';

const RunIdSchema = z.uuid('runId is a UUID');
const runPath = (runId: string) => `/api/runs/${runId}`;

/** Runs: listing and following them, cancelling, undoing; and tag rewrites, which start one. */
export function runsRoutes(runs: RunsService): Router {
  const router = Router();

  router.get('/runs', requireRole('viewer'), noQuery, async (_req, res) => {
    res.json({ runs: await runs.list() });
  });

  router.get('/runs/:runId', requireRole('viewer'), noQuery, async (req, res) => {
    res.json(await runs.details(parseOrThrow(RunIdSchema, req.params.runId, 'runId')));
  });

  router.post('/runs/:runId/cancel', requireRole('editor'), noQuery, async (req, res) => {
    const runId = parseOrThrow(RunIdSchema, req.params.runId, 'runId');
    await runs.cancel(runId);
    await runs.wait(runId);
    res.json(await runs.details(runId));
  });

  router.post('/runs/:runId/undo', requireRole('editor'), noQuery, async (req, res) => {
    const runId = parseOrThrow(RunIdSchema, req.params.runId, 'runId');
    const undo = await runs.undo(runId, req.session!.user.username);
    if (prefersAsync(req)) return accepted(res, runPath(undo.id), undo);
    await runs.wait(undo.id);
    res.json(await runs.details(undo.id));
  });

  router.post('/tags/rewrite', requireRole('editor'), noQuery, async (req, res) => {
    const rewrite = parseOrThrow(TagRewriteSchema, req.body, 'tag rewrite');
    const run = await runs.startRewrite(rewrite, req.session!.user.username);
    if (prefersAsync(req)) return accepted(res, runPath(run.id), run);
    await runs.wait(run.id);
    res.json(await runs.details(run.id));
  });

  return router;
}
