import { Router } from 'express';
import type { Logger } from 'pino';
import type { FileRepository } from '../db/file-repository.ts';
import type { FolderRepository } from '../db/folder-repository.ts';
import { toUploadResponse } from '../files/asset-views.ts';
import type { BulkService } from '../files/bulk-service.ts';
import type { FileService } from '../files/file-service.ts';
import { decodeTextFile, parseUploadFields } from '../files/upload-request.ts';
import { badRequest } from '../library-error.ts';
import type { CustomFieldService } from '../metadata/custom-field-service.ts';
import { apiErrorHandler, notFound, requestId, wellEncodedPath } from './api-errors.ts';
import { basicAuth } from './basic-auth.ts';
import { createBulkRoutes } from './bulk-routes.ts';
import { createCustomFieldRoutes } from './custom-field-routes.ts';
import type { FaultInjector } from './fault-switch.ts';
import { createFileRoutes } from './file-routes.ts';
import type { ApiRateLimiter } from './rate-limit.ts';
import { createUploadBody, FILE_TOO_LARGE } from './upload-body.ts';

export interface ApiDependencies {
  privateKey: string;
  urlEndpoint: string;
  service: FileService;
  bulk: BulkService;
  customFields: CustomFieldService;
  files: FileRepository;
  folders: FolderRepository;
  rateLimiter: ApiRateLimiter;
  faults: FaultInjector;
  logger: Logger;
  /** The largest upload accepted, in bytes. */
  maxUploadBytes: number;
}

/**
 * ImageKit's management and upload API, as far as the local library implements it. Upload is
 * not rate-limited (ImageKit documents that); every other call is, after auth, per library.
 */
export function createApiRouter(deps: ApiDependencies): Router {
  const { urlEndpoint } = deps;
  const router = Router();
  const auth = basicAuth(deps.privateKey);
  router.use(requestId, wellEncodedPath, deps.faults.middleware);

  const uploadBody = createUploadBody(deps.maxUploadBytes);
  router.post('/api/v1/files/upload', auth, uploadBody, async (req, res) => {
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const data = req.file?.buffer ?? textFile(fields.file, deps.maxUploadBytes);
    const request = parseUploadFields(fields);
    const file = await deps.service.addImage(data, request);
    res.json(toUploadResponse(file, urlEndpoint, request.responseFields));
  });

  router.use(deps.rateLimiter.headers, auth, deps.rateLimiter.enforce);
  router.use(createFileRoutes(deps));
  router.use(createBulkRoutes(deps.bulk));
  router.use(createCustomFieldRoutes(deps.customFields));
  router.use(notFound, apiErrorHandler(deps.logger));
  return router;
}

function textFile(value: unknown, maxBytes: number): Buffer {
  if (typeof value !== 'string' || value === '') {
    throw badRequest('Your request is missing file parameter.');
  }
  const data = decodeTextFile(value);
  if (data.length > maxBytes) throw badRequest(FILE_TOO_LARGE);
  return data;
}
