import type { Logger } from 'pino';
import type { FileDetails } from '../../common/file-details.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import type { Db } from '../db/database.ts';
import type { FileLocks } from '../files/file-locks.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import type { Journal } from '../journal/journal-store.ts';
import { createRunEngine, type EngineDeps } from './run-engine.ts';
import { createRunsService } from './runs-service.ts';
import { createRunsStore } from './runs-store.ts';
import { DEFAULT_RUN_RETRY, type RetryPolicy } from './send-tags.ts';

export interface RunsDeps {
  db: Db;
  imagekit: ImageKitGateway;
  catalog: Catalog;
  journal: Journal;
  locks: FileLocks;
  get(fileId: string): Promise<FileDetails>;
  logger: Logger;
  retry?: RetryPolicy;
  lease?: EngineDeps['lease'];
}

/** Runs: their store, the engine that drives them, and the service routes call. */
export function createRuns(deps: RunsDeps) {
  const store = createRunsStore(deps.db);
  const engine = createRunEngine({ ...deps, store, retry: deps.retry ?? DEFAULT_RUN_RETRY });
  return {
    store,
    engine,
    service: createRunsService({ store, engine, journal: deps.journal, catalog: deps.catalog }),
  };
}

export type Runs = ReturnType<typeof createRuns>;
