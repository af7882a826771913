import { sql } from 'kysely';
import type { TagList, TagQuery } from '../../common/api/catalog.ts';
import type { Db } from '../db/database.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The tag vocabulary, from the per-tag counts the catalog keeps exact: a substring match over
 * ~20,000 short rows, not over every file's tags. "Relevance" puts the tag equal to the search
 * first, then tags starting with it, then tags containing it, each group most used first.
 */
export function createTagSearch(db: Db) {
  return async function searchTags({ q, limit, sort, offset }: TagQuery): Promise<TagList> {
    const folded = q.trim().toLowerCase();
    const inside = `%${escapeLike(folded)}%`;
    const matching = db
      .selectFrom('catalog_tags')
      .where('file_count', '>', 0)
      .$if(folded !== '', (qb) => qb.where(sql<boolean>`tag_folded LIKE ${inside} ESCAPE '\\'`));

    let page = matching.select(['tag', 'file_count']);
    if (sort === 'relevance') {
      const rank = sql`CASE WHEN tag_folded = ${folded} THEN 0
        WHEN tag_folded LIKE ${`${escapeLike(folded)}%`} ESCAPE '\\' THEN 1 ELSE 2 END`;
      page = page.orderBy(rank).orderBy('file_count', 'desc');
    } else if (sort === 'name') {
      page = page.orderBy('tag_folded');
    } else {
      page = page.orderBy('file_count', sort === 'count' ? 'asc' : 'desc');
    }
    const [rows, total] = await Promise.all([
      page.orderBy('tag').limit(limit).offset(offset).execute(),
      matching.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      tags: rows.map((row) => ({ name: row.tag, count: Number(row.file_count) })),
      total: Number(total.n),
    };
  };
}

export type TagSearch = ReturnType<typeof createTagSearch>;
