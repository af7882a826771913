import express, { Router } from 'express';
import type { FileRepository } from '../db/file-repository.ts';
import type { FolderRepository } from '../db/folder-repository.ts';
import { listAssets } from '../files/asset-listing.ts';
import { toFileDetails, toFolderDetails } from '../files/asset-views.ts';
import type { FileService } from '../files/file-service.ts';
import { parseListRequest } from '../files/list-request.ts';
import type { CustomFieldService } from '../metadata/custom-field-service.ts';

export interface FileRouteDependencies {
  urlEndpoint: string;
  service: FileService;
  customFields: CustomFieldService;
  files: FileRepository;
  folders: FolderRepository;
}

/** List and search, get, update and delete of single files. */
export function createFileRoutes(deps: FileRouteDependencies): Router {
  const { service, urlEndpoint } = deps;
  const router = Router();

  router.get('/v1/files', (req, res) => {
    const request = parseListRequest(req.query as Record<string, unknown>);
    const fieldTypes = new Map(
      [...deps.customFields.liveFields().values()].map((field) => [field.name, field.type]),
    );
    const assets = listAssets(request, deps, { now: Date.now(), customFields: fieldTypes });
    res.json(
      assets.map((asset) =>
        asset.kind === 'file'
          ? toFileDetails(asset.file, urlEndpoint)
          : toFolderDetails(asset.folder),
      ),
    );
  });

  router.get('/v1/files/:fileId/details', (req, res) => {
    res.json(toFileDetails(service.getFile(req.params.fileId), urlEndpoint));
  });

  router.patch('/v1/files/:fileId/details', express.json({ limit: '1mb' }), (req, res) => {
    const body: unknown = req.body;
    res.json(toFileDetails(service.updateDetails(req.params.fileId, body), urlEndpoint));
  });

  router.delete('/v1/files/:fileId', async (req, res) => {
    await service.deleteFile(req.params.fileId);
    res.status(204).end();
  });

  return router;
}
