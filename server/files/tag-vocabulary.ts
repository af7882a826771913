import type { FileDetails } from '../../common/file-details.ts';
import type { Db } from '../db/database.ts';

export interface TagCount {
  name: string;
  count: number;
}

const PAGE_SIZE = 1000;
// A library bigger than this is indexed partly; suggestions stay useful and a refresh stays bounded.
const MAX_FILES_INDEXED = 200_000;
export const VOCABULARY_MAX_AGE_MS = 10 * 60 * 1000;

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

  const refreshedAt = (): number => {
    const row = db.prepare("SELECT value FROM app_meta WHERE key = 'tags_refreshed_at'").get() as
      { value: string } | undefined;
    return row ? Number(row.value) : 0;
  };

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
    db.transaction(() => {
      db.prepare('DELETE FROM tag_vocabulary').run();
      const insert = db.prepare('INSERT INTO tag_vocabulary (name, file_count) VALUES (?, ?)');
      for (const { name, count } of counts.values()) insert.run(name, count);
      db.prepare(
        "INSERT INTO app_meta (key, value) VALUES ('tags_refreshed_at', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(String(now()));
    })();
  }

  /** Rebuilds when stale; concurrent callers share one rebuild. */
  function refreshIfStale(): Promise<void> {
    if (now() - refreshedAt() < VOCABULARY_MAX_AGE_MS) return Promise.resolve();
    refreshing ??= rebuild().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    async search(query: string, limit: number): Promise<TagCount[]> {
      // The first search waits for an index; later ones answer at once and refresh behind.
      if (refreshedAt() === 0) await refreshIfStale();
      else void refreshIfStale().catch(() => undefined);
      const q = query
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`);
      return db
        .prepare(
          `SELECT name, file_count AS count FROM tag_vocabulary
           WHERE file_count > 0 AND name LIKE ? ESCAPE '\\'
           ORDER BY (name LIKE ? ESCAPE '\\') DESC, file_count DESC, name
           LIMIT ?`,
        )
        .all(`%${q}%`, `${q}%`, limit) as TagCount[];
    },

    /**
     * After a bulk change we do not know each file's tags before it, so counts are refreshed
     * from ImageKit at the next search; added tags show up as suggestions at once.
     */
    noteBulkChange(added: readonly string[]): void {
      db.transaction(() => {
        const insert = db.prepare(
          'INSERT INTO tag_vocabulary (name, file_count) VALUES (?, 1) ON CONFLICT(name) DO NOTHING',
        );
        for (const tag of added) insert.run(tag);
        db.prepare("UPDATE app_meta SET value = '1' WHERE key = 'tags_refreshed_at'").run();
      })();
    },

    /** Applies the difference one save made to one file's tags. */
    recordChange(before: readonly string[] | null, after: readonly string[] | null): void {
      const old = new Set((before ?? []).map((t) => t.toLowerCase()));
      const next = new Set((after ?? []).map((t) => t.toLowerCase()));
      const upsert = db.prepare(
        `INSERT INTO tag_vocabulary (name, file_count) VALUES (?, 1)
         ON CONFLICT(name) DO UPDATE SET file_count = file_count + 1`,
      );
      const decrement = db.prepare(
        'UPDATE tag_vocabulary SET file_count = MAX(file_count - 1, 0) WHERE name = ?',
      );
      db.transaction(() => {
        for (const tag of after ?? []) if (!old.has(tag.toLowerCase())) upsert.run(tag);
        for (const tag of before ?? []) if (!next.has(tag.toLowerCase())) decrement.run(tag);
      })();
    },
  };
}

export type TagVocabulary = ReturnType<typeof createTagVocabulary>;
