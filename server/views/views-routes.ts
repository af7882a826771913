import { Router } from 'express';
import { z } from 'zod';
import { SaveViewSchema } from '../../common/api/views.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { ViewsRepo } from './views-repo.ts';

const ViewIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/, 'a view id is a positive whole number')
  .transform(Number);

/** Saved views belong to the signed-in user; any role may keep its own. */
export function viewsRoutes(views: ViewsRepo): Router {
  const router = Router();

  router.get('/views', requireRole('viewer'), noQuery, async (req, res) => {
    res.json({ views: await views.list(req.session!.user.id) });
  });

  router.post('/views', requireRole('viewer'), noQuery, async (req, res) => {
    const view = parseOrThrow(SaveViewSchema, req.body, 'view');
    res.status(201).json(await views.save(req.session!.user.id, view));
  });

  router.delete('/views/:id', requireRole('viewer'), noQuery, async (req, res) => {
    const id = parseOrThrow(ViewIdSchema, req.params.id, 'view id');
    await views.remove(req.session!.user.id, id);
    res.status(204).end();
  });

  return router;
}
