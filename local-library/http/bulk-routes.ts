import express, { Router, type Response } from 'express';
import type { BulkService, BulkTagResult } from '../files/bulk-service.ts';

/** Bulk tag changes and bulk delete; a partial success answers 207 with `errors`. */
export function createBulkRoutes(bulk: BulkService): Router {
  const router = Router();
  const json = express.json({ limit: '1mb' });

  router.post('/v1/files/addTags', json, (req, res) => sendTagResult(res, bulk.addTags(req.body)));
  router.post('/v1/files/removeTags', json, (req, res) =>
    sendTagResult(res, bulk.removeTags(req.body)),
  );
  router.post('/v1/files/removeAITags', json, (req, res) =>
    sendTagResult(res, bulk.removeAITags(req.body)),
  );
  router.post('/v1/files/batch/deleteByFileIds', json, async (req, res) => {
    res.json({ successfullyDeletedFileIds: await bulk.deleteFiles(req.body) });
  });

  return router;
}

function sendTagResult(res: Response, result: BulkTagResult): void {
  if (result.errors.length > 0) res.status(207).json(result);
  else res.json({ successfullyUpdatedFileIds: result.successfullyUpdatedFileIds });
}
