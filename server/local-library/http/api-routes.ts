import express, { Router } from 'express';
import type { Logger } from 'pino';
import type { FileRepository } from '../db/file-repository.ts';
import type { FolderRepository } from '../db/folder-repository.ts';
import { listAssets } from '../files/asset-listing.ts';
import { toFileDetails, toFolderDetails, toUploadResponse } from '../files/asset-views.ts';
import type { FileService } from '../files/file-service.ts';
import { parseListRequest } from '../files/list-request.ts';
import { decodeTextFile, parseUploadFields } from '../files/upload-request.ts';
import { badRequest } from '../library-error.ts';
import { apiErrorHandler, notFound, requestId } from './api-errors.ts';
import { basicAuth } from './basic-auth.ts';
import { uploadBody } from './upload-body.ts';

export interface ApiDependencies {
  privateKey: string;
  urlEndpoint: string;
  service: FileService;
  files: FileRepository;
  folders: FolderRepository;
  logger: Logger;
}

/** ImageKit's management and upload API, as far as the local library implements it. */
export function createApiRouter(deps: ApiDependencies): Router {
  const { service, urlEndpoint } = deps;
  const router = Router();
  router.use(requestId, basicAuth(deps.privateKey));

  router.get('/v1/files', (req, res) => {
    const request = parseListRequest(req.query as Record<string, unknown>);
    const assets = listAssets(request, deps);
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

  router.post('/api/v1/files/upload', uploadBody, async (req, res) => {
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const data = req.file?.buffer ?? textFile(fields.file);
    const request = parseUploadFields(fields);
    const file = await service.addImage(data, request);
    res.json(toUploadResponse(file, urlEndpoint, request.responseFields));
  });

  router.use(notFound, apiErrorHandler(deps.logger));
  return router;
}

function textFile(value: unknown): Buffer {
  if (typeof value !== 'string' || value === '') {
    throw badRequest('Your request is missing file parameter.');
  }
  return decodeTextFile(value);
}
