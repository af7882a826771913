import type { Logger } from 'pino';
import type { CatalogStatus } from '../../common/api/catalog.ts';
import type { ImageKitListParams } from '../../common/api/list-files.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { Db } from '../db/database.ts';
import { createCatalogQueries } from './catalog-queries.ts';
import { createCatalogState } from './catalog-state.ts';
import { createCatalogStore } from './catalog-store.ts';
import { createCatalogSync } from './catalog-sync.ts';
import { createFilePosition } from './file-position.ts';
import { createTagSearch } from './tag-search.ts';
import { createTopTags } from './top-tags.ts';

export interface CatalogDeps {
  listFiles: (params: ImageKitListParams) => Promise<FileDetails[]>;
  logger: Logger;
  now?: () => number;
}

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * tagcrop's copy of the library: written through by every change we make, kept in step with
 * ImageKit by sync passes, and the source of lists, counts, folders and the tag vocabulary.
 */
export function createCatalog(db: Db, deps: CatalogDeps) {
  const store = createCatalogStore(db, deps.now);
  const state = createCatalogState(db);
  const queries = createCatalogQueries(db);
  const sync = createCatalogSync({ store, state, ...deps });

  async function status(): Promise<CatalogStatus> {
    const [totals, lastSyncAt, lastFullSyncAt, lastError] = await Promise.all([
      queries.totals(),
      state.lastSyncAt(),
      state.lastFullSyncAt(),
      state.lastError(),
    ]);
    return {
      status: sync.isRunning() ? 'syncing' : lastError ? 'error' : 'ready',
      ...totals,
      lastSyncAt: isoOrNull(lastSyncAt),
      lastFullSyncAt: isoOrNull(lastFullSyncAt),
      lastError,
      progress: sync.progress(),
    };
  }

  return {
    store,
    state,
    queries,
    sync,
    status,
    searchTags: createTagSearch(db),
    topTags: createTopTags(db, queries),
    positionOf: createFilePosition(db, queries),

    /** Runs a pass now (after the running one, if any) and answers with the status after it. */
    async syncNow(full: boolean): Promise<CatalogStatus> {
      await sync.run(full ? 'full' : 'incremental');
      return status();
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
