import { Router } from 'express';
import { CatalogSyncSchema, TagQuerySchema } from '../../common/api/catalog.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { Catalog } from './catalog-service.ts';

/** The catalog's own routes: its state, a sync on demand, folders and the tag vocabulary. */
export function catalogRoutes(catalog: Catalog): Router {
  const router = Router();

  router.get('/catalog', requireRole('viewer'), noQuery, async (_req, res) => {
    res.json(await catalog.status());
  });

  router.post('/catalog/sync', requireRole('admin'), noQuery, async (req, res) => {
    const { full } = parseOrThrow(CatalogSyncSchema, req.body ?? {}, 'sync request');
    res.json(await catalog.syncNow(full === true));
  });

  router.get('/folders', requireRole('viewer'), noQuery, async (_req, res) => {
    res.json({ folders: await catalog.queries.folders() });
  });

  router.get('/tags', requireRole('viewer'), async (req, res) => {
    res.json(await catalog.searchTags(parseOrThrow(TagQuerySchema, req.query, 'query')));
  });

  return router;
}
