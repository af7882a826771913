import express, { Router } from 'express';
import { toFieldView } from '../metadata/custom-field.ts';
import type { CustomFieldService } from '../metadata/custom-field-service.ts';

/** `/v1/customMetadataFields`: list, create, update, delete. */
export function createCustomFieldRoutes(fields: CustomFieldService): Router {
  const router = Router();
  const json = express.json({ limit: '1mb' });

  router.get('/v1/customMetadataFields', (req, res) => {
    res.json(fields.list(req.query as Record<string, unknown>).map(toFieldView));
  });
  router.post('/v1/customMetadataFields', json, (req, res) => {
    res.status(201).json(toFieldView(fields.create(req.body)));
  });
  router.patch('/v1/customMetadataFields/:id', json, (req, res) => {
    res.json(toFieldView(fields.update(req.params.id, req.body)));
  });
  router.delete('/v1/customMetadataFields/:id', (req, res) => {
    fields.remove(req.params.id);
    res.status(204).end();
  });

  return router;
}
