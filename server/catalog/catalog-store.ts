import { sql } from 'kysely';
import type { FileDetails } from '../../common/file-details.ts';
import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { overlayTagDelta, type TagDelta } from './bulk-overlay.ts';
import { BATCH, chunks, deleteRows, withDetails } from './catalog-rows-sql.ts';
import { upsertFromImageKit } from './catalog-upsert.ts';
import { catalogDialectOf } from './catalog-dialect-of.ts';

/**
 * The catalog's writes. Every one keeps the tag join table and tag counts in step, locking the
 * file rows it changes first (in id order) and the tag counts after (in tag order), so that
 * concurrent writers on PostgreSQL queue rather than deadlock; writeTransaction retries a loser.
 */
export function createCatalogStore(db: Db, now: () => number = Date.now) {
  const dialect = catalogDialectOf(db);
  return {
    /**
     * Takes ImageKit's word for these files (a sync page, a save's answer), except where our
     * row is newer. Returns how many rows changed. Every file given is confirmed to exist.
     * `fresh`: read from ImageKit just now, one file at a time (see isNewer).
     */
    async upsert(
      files: readonly FileDetails[],
      options: { confirmedAt?: number; fresh?: boolean } = {},
    ): Promise<number> {
      const { confirmedAt = now(), fresh = false } = options;
      let written = 0;
      for (const batch of chunks(files)) {
        written += await writeTransaction(db, (trx) =>
          upsertFromImageKit(trx, batch, confirmedAt, fresh),
        );
      }
      return written;
    },

    /** What an ImageKit bulk call did, made here too (bulk-overlay.ts). */
    applyTagDelta: (fileIds: readonly string[], change: TagDelta) =>
      overlayTagDelta(db, fileIds, change, now),

    /** Files ImageKit says do not exist (a 404 on a read, a bulk call's missing ids). */
    async remove(fileIds: readonly string[]): Promise<void> {
      for (const ids of chunks(fileIds)) {
        await writeTransaction(db, async (trx) => {
          const rows = await withDetails(trx).where('f.file_id', 'in', ids).execute();
          await deleteRows(trx, rows);
        });
      }
    },

    /**
     * Counts every tag again from the join table. The counts are kept exact by every write;
     * the daily reconcile recounts anyway, so no fault can leave them wrong for long.
     */
    async recountTags(): Promise<void> {
      await writeTransaction(db, async (trx) => {
        await dialect.lockTagCounts(trx);
        await trx.deleteFrom('catalog_tags').execute();
        await trx
          .insertInto('catalog_tags')
          .columns(['tag', 'tag_folded', 'file_count'])
          .expression(
            trx
              .selectFrom('catalog_file_tags')
              .select([
                'tag',
                sql<string>`min(tag_folded)`.as('tag_folded'),
                sql<number>`count(*)`.as('file_count'),
              ])
              .groupBy('tag'),
          )
          .execute();
      });
    },

    /** Fresh planner statistics (after a full pass), so filters pick the narrowest index. */
    async refreshStatistics(): Promise<void> {
      await sql`ANALYZE`.execute(db);
    },

    /** The reconcile's sweep: drops every file not confirmed since `since`. Returns how many. */
    async sweep(since: number): Promise<number> {
      let removed = 0;
      for (;;) {
        const count = await writeTransaction(db, async (trx) => {
          const rows = await withDetails(trx)
            .where('f.confirmed_at', '<', since)
            .limit(BATCH)
            .execute();
          await deleteRows(trx, rows);
          return rows.length;
        });
        removed += count;
        if (count < BATCH) return removed;
      }
    },
  };
}

export type CatalogStore = ReturnType<typeof createCatalogStore>;
