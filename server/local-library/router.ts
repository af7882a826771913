import { Router } from 'express';
import type { Logger } from 'pino';
import type { FileRepository } from './db/file-repository.ts';
import type { FolderRepository } from './db/folder-repository.ts';
import { createDeliveryRouter } from './delivery/delivery-route.ts';
import { createVariantCache } from './delivery/variant-cache.ts';
import type { FileService } from './files/file-service.ts';
import { createApiRouter } from './http/api-routes.ts';
import type { FileStore } from './storage/file-store.ts';

export interface RouterDependencies {
  privateKey: string;
  urlEndpoint: string;
  service: FileService;
  files: FileRepository;
  folders: FolderRepository;
  store: FileStore;
  logger: Logger;
}

/** Everything the library serves: `/media/...` (public delivery) and ImageKit's API paths. */
export function createLibraryRouter(deps: RouterDependencies): Router {
  const router = Router();
  router.use('/media', createDeliveryRouter({ ...deps, variants: createVariantCache(deps.store) }));
  router.use(createApiRouter(deps));
  return router;
}
