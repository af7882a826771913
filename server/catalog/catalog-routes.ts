import { Router } from 'express';
import { CatalogSyncSchema, TagQuerySchema } from '../../common/api/catalog.ts';
import { FilePositionQuerySchema, TopTagsQuerySchema } from '../../common/api/file-position.ts';
import { filtersOf } from '../../common/api/file-query.ts';
import { FileIdSchema } from '../../common/file-id.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { Catalog } from './catalog-service.ts';

/**
 * The catalog's own routes: its state, a sync on demand, folders, the tag vocabulary, and the
 * questions only the catalog can answer about a view (a file's place in it, its top tags).
 */
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

  router.get('/tags/top', requireRole('viewer'), async (req, res) => {
    const query = parseOrThrow(TopTagsQuerySchema, req.query, 'query');
    res.json({ tags: await catalog.topTags(filtersOf(query), query.limit) });
  });

  router.get('/files/:fileId/position', requireRole('viewer'), async (req, res) => {
    const fileId = parseOrThrow(FileIdSchema, req.params.fileId, 'fileId');
    const view = parseOrThrow(FilePositionQuerySchema, req.query, 'query');
    res.json(await catalog.positionOf(fileId, view));
  });

  return router;
}
