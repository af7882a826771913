import { Router } from 'express';
import { createDeliveryRouter } from './delivery/delivery-route.ts';
import { createVariantCache } from './delivery/variant-cache.ts';
import { createApiRouter, type ApiDependencies } from './http/api-routes.ts';
import type { FileStore } from './storage/file-store.ts';

export interface RouterDependencies extends ApiDependencies {
  store: FileStore;
  /** Disk budget of rendered variants; see LocalLibraryOptions. */
  variantCacheBytes?: number;
}

/** Everything the library serves: `/media/...` (delivery) and ImageKit's API paths. */
export function createLibraryRouter(deps: RouterDependencies): Router {
  const router = Router();
  const variants = createVariantCache(deps.store, { maxBytes: deps.variantCacheBytes });
  router.use('/media', createDeliveryRouter({ ...deps, variants }));
  router.use(createApiRouter(deps));
  return router;
}
