import { sql } from 'kysely';
import type { TagCount, TagList, TagQuery } from '../../common/api/catalog.ts';
import type { Db } from '../db/database.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (folded: string) =>
  sql<boolean>`tag_folded LIKE ${`%${escapeLike(folded)}%`} ESCAPE '\\'`;

/**
 * The tag vocabulary, from the per-tag counts the catalog keeps exact: ~20,000 short rows, not
 * every file's tags. "Relevance" puts the tag equal to the search first, then tags starting
 * with it, then tags containing it, each group most used first. The groups are read apart, each
 * in its own index order and only as far as the page needs, so a common substring ("e") stops
 * early instead of sorting every tag.
 */
export function createTagSearch(db: Db) {
  const tags = () => db.selectFrom('catalog_tags').select(['tag', 'file_count']);

  /** Equal or starting with the search (a range of the folded index), then containing it. */
  async function relevant(folded: string, wanted: number) {
    const startsWith = await tags()
      .where('tag_folded', '>=', folded)
      .where('tag_folded', '<', `${folded}\uffff`)
      .orderBy(sql`CASE WHEN tag_folded = ${folded} THEN 0 ELSE 1 END`)
      .orderBy('file_count', 'desc')
      .orderBy('tag')
      .limit(wanted)
      .execute();
    const inside = await tags()
      .where(contains(folded))
      .where((eb) =>
        eb.not(eb('tag_folded', '>=', folded).and('tag_folded', '<', `${folded}\uffff`)),
      )
      .orderBy('file_count', 'desc')
      .orderBy('tag')
      .limit(wanted)
      .execute();
    return {
      rows: [...startsWith, ...inside],
      complete: startsWith.length + inside.length < wanted,
    };
  }

  function listed(sort: TagQuery['sort'], folded: string, limit: number, offset: number) {
    const order =
      sort === 'name'
        ? tags().orderBy('tag_folded')
        : tags().orderBy('file_count', sort === 'count' ? 'asc' : 'desc');
    return order
      .$if(folded !== '', (qb) => qb.where(contains(folded)))
      .orderBy('tag')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  const countMatching = async (folded: string) => {
    const row = await db
      .selectFrom('catalog_tags')
      .select(sql<number>`count(*)`.as('n'))
      .$if(folded !== '', (qb) => qb.where(contains(folded)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  return async function searchTags({ q, limit, sort, offset }: TagQuery): Promise<TagList> {
    const folded = q.trim().toLowerCase();
    let rows;
    let total: number | null = null;
    if (sort === 'relevance' && folded !== '') {
      const found = await relevant(folded, offset + limit);
      rows = found.rows.slice(offset, offset + limit);
      // Suggestions for a specific word rarely fill a page: then every match is here, counted.
      if (found.complete) total = found.rows.length;
    } else {
      rows = await listed(sort === 'relevance' ? '-count' : sort, folded, limit, offset);
    }
    return {
      tags: rows.map((row): TagCount => ({ name: row.tag, count: Number(row.file_count) })),
      total: total ?? (await countMatching(folded)),
    };
  };
}

export type TagSearch = ReturnType<typeof createTagSearch>;
