import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';

const KEYS = {
  highWater: 'catalog.high_water',
  lastSyncAt: 'catalog.last_sync_at',
  lastFullSyncAt: 'catalog.last_full_sync_at',
  lastError: 'catalog.last_error',
} as const;

type Key = keyof typeof KEYS;

/** What the sync remembers between passes and restarts, in the app_meta key/value table. */
export function createCatalogState(db: Db) {
  async function read(key: Key): Promise<string | null> {
    const row = await db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', KEYS[key])
      .executeTakeFirst();
    return row?.value ?? null;
  }

  async function write(key: Key, value: string | null): Promise<void> {
    if (value === null) {
      await db.deleteFrom('app_meta').where('key', '=', KEYS[key]).execute();
      return;
    }
    await db
      .insertInto('app_meta')
      .values({ key: KEYS[key], value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  const readTime = async (key: Key) => {
    const value = await read(key);
    return value === null ? null : Number(value);
  };

  return {
    /**
     * The newest `updatedAt` (ImageKit's clock, epoch ms) up to which the catalog has every
     * change; an incremental pass asks for what changed from a little before it.
     */
    highWater: () => readTime('highWater'),
    lastSyncAt: () => readTime('lastSyncAt'),
    lastFullSyncAt: () => readTime('lastFullSyncAt'),
    lastError: () => read('lastError'),

    async passSucceeded(at: number, highWater: number, full: boolean): Promise<void> {
      await writeTransaction(db, async (trx) => {
        const scoped = createCatalogState(trx);
        await scoped.set('highWater', String(highWater));
        await scoped.set('lastSyncAt', String(at));
        if (full) await scoped.set('lastFullSyncAt', String(at));
        await scoped.set('lastError', null);
      });
    },

    passFailed: (message: string) => write('lastError', message),

    set: write,
  };
}

export type CatalogState = ReturnType<typeof createCatalogState>;
