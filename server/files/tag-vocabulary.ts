import type { FileDetails } from '../../common/file-details.ts';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export interface TagCount {
  name: string;
  count: number;
}

const PAGE_SIZE = 1000;
// A library bigger than this is indexed partly; suggestions stay useful and a refresh stays bounded.
const MAX_FILES_INDEXED = 200_000;
export const VOCABULARY_MAX_AGE_MS = 10 * 60 * 1000;
const REFRESHED_AT = 'tags_refreshed_at';

/**
 * ImageKit has no endpoint listing the tags in use, so we keep our own index: rebuilt by paging
 * through the library when stale, and nudged by every save we forward so a new tag shows at once.
 */
export function createTagVocabulary(
  db: Db,
  listPage: (skip: number, limit: number) => Promise<FileDetails[]>,
  now: () => number = Date.now,
) {
  let refreshing: Promise<void> | null = null;

  async function refreshedAt(): Promise<number> {
    const row = await db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', REFRESHED_AT)
      .executeTakeFirst();
    return row ? Number(row.value) : 0;
  }

  async function rebuild(): Promise<void> {
    const counts = new Map<string, TagCount>();
    for (let skip = 0; skip < MAX_FILES_INDEXED; skip += PAGE_SIZE) {
      const page = await listPage(skip, PAGE_SIZE);
      for (const file of page) {
        for (const tag of file.tags ?? []) {
          const entry = counts.get(tag.toLowerCase()) ?? { name: tag, count: 0 };
          entry.count++;
          counts.set(tag.toLowerCase(), entry);
        }
      }
      if (page.length < PAGE_SIZE) break;
    }
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('tag_vocabulary').execute();
      for (const { name, count } of counts.values()) {
        await trx.insertInto('tag_vocabulary').values({ name, file_count: count }).execute();
      }
      await trx
        .insertInto('app_meta')
        .values({ key: REFRESHED_AT, value: String(now()) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(now()) }))
        .execute();
    });
  }

  /** Rebuilds when stale; concurrent callers share one rebuild. */
  async function refreshIfStale(): Promise<void> {
    if (now() - (await refreshedAt()) < VOCABULARY_MAX_AGE_MS) return;
    refreshing ??= rebuild().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    async search(query: string, limit: number): Promise<TagCount[]> {
      // The first search waits for an index; later ones answer at once and refresh behind.
      if ((await refreshedAt()) === 0) await refreshIfStale();
      else void refreshIfStale().catch(() => undefined);
      const q = query
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`);
      const rows = await db
        .selectFrom('tag_vocabulary')
        .select(['name', 'file_count as count'])
        .where('file_count', '>', 0)
        .where(sql<boolean>`lower(name) LIKE ${`%${q}%`} ESCAPE '\\'`)
        .orderBy(sql`lower(name) LIKE ${`${q}%`} ESCAPE '\\'`, 'desc')
        .orderBy('file_count', 'desc')
        .orderBy('name')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ name: row.name, count: Number(row.count) }));
    },

    /**
     * After a bulk change we do not know each file's tags before it, so counts are refreshed
     * from ImageKit at the next search; added tags show up as suggestions at once.
     */
    async noteBulkChange(added: readonly string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const tag of added) {
          await trx
            .insertInto('tag_vocabulary')
            .values({ name: tag, file_count: 1 })
            .onConflict((oc) => oc.column('name').doNothing())
            .execute();
        }
        await trx
          .updateTable('app_meta')
          .set({ value: '1' })
          .where('key', '=', REFRESHED_AT)
          .execute();
      });
    },

    /** Applies the difference one save made to one file's tags. */
    async recordChange(
      before: readonly string[] | null,
      after: readonly string[] | null,
    ): Promise<void> {
      const old = new Set((before ?? []).map((t) => t.toLowerCase()));
      const next = new Set((after ?? []).map((t) => t.toLowerCase()));
      await db.transaction().execute(async (trx) => {
        for (const tag of after ?? []) {
          if (old.has(tag.toLowerCase())) continue;
          await trx
            .insertInto('tag_vocabulary')
            .values({ name: tag, file_count: 1 })
            .onConflict((oc) =>
              oc.column('name').doUpdateSet({ file_count: sql`tag_vocabulary.file_count + 1` }),
            )
            .execute();
        }
        for (const tag of before ?? []) {
          if (next.has(tag.toLowerCase())) continue;
          await trx
            .updateTable('tag_vocabulary')
            .set({ file_count: sql`MAX(file_count - 1, 0)` })
            .where('name', '=', tag)
            .execute();
        }
      });
    },
  };
}

export type TagVocabulary = ReturnType<typeof createTagVocabulary>;
