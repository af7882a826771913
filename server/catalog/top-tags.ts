import { sql } from 'kysely';
import type { TagCount } from '../../common/api/catalog.ts';
import type { FileFilters } from '../../common/api/file-query.ts';
import type { Db } from '../db/database.ts';
import type { CatalogQueries } from './catalog-queries.ts';

/**
 * Files whose tags are counted at most. Nine one-key chips need the tags most used in a view, not
 * exact totals: 5,000 of its files rank them as well, in about 10 ms at 100,000 files (all 56,000
 * files of "Needs region": 130 ms). They are taken in whatever order the filter's index gives;
 * asking for the newest would sort every match first (40 ms).
 */
export const TOP_TAGS_SAMPLE_FILES = 5_000;

const given = (filters: FileFilters) => Object.values(filters).some((v) => v !== undefined);

/**
 * The tags used most among the files matching `filters`, most used first (ties by name). Without
 * filters they are the library's own counts, kept exact per tag; with filters, the tags of the
 * matching files are counted (of at most TOP_TAGS_SAMPLE_FILES of them).
 */
export function createTopTags(db: Db, queries: Pick<CatalogQueries, 'matching'>) {
  return async function topTags(filters: FileFilters, limit: number): Promise<TagCount[]> {
    if (!given(filters)) {
      const rows = await db
        .selectFrom('catalog_tags')
        .select(['tag', 'file_count as n'])
        .orderBy('file_count', 'desc')
        .orderBy('tag')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ name: row.tag, count: Number(row.n) }));
    }
    const files = queries.matching(filters).select('f.id').limit(TOP_TAGS_SAMPLE_FILES);
    const rows = await db
      .selectFrom('catalog_file_tags as t')
      .select(['t.tag', sql<number>`count(*)`.as('n')])
      .where('t.file_id', 'in', files)
      .groupBy('t.tag')
      .orderBy('n', 'desc')
      .orderBy('t.tag')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ name: row.tag, count: Number(row.n) }));
  };
}

export type TopTags = ReturnType<typeof createTopTags>;
