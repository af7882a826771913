import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { splitWords, type FileFilters } from '../../common/api/file-query.ts';
import type { Db } from '../db/database.ts';
import type { CatalogDialect } from './catalog-dialect.ts';
import { hasAnyTag, type FilesDb } from './file-filter-sql.ts';

export const countAll = sql<number>`count(*)`;

type Matching = (
  filters: FileFilters,
  ...more: Expression<SqlBool>[]
) => SelectQueryBuilder<FilesDb, 'f', object>;

const given = (filters: FileFilters) =>
  Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

/**
 * How many files match a filter: the `total` of every list answer, so it must stay cheap at
 * 100,000 files. Counting reads as little as it can: a filter made only of words or only of tags
 * is counted in its own index without reading file rows, and "has none of these tags" is all
 * minus those with one of them, both halves on indexes, where the direct form tests every file.
 */
export function createFileCounts(db: Db, matching: Matching, dialect: CatalogDialect) {
  const countQuery = (filters: FileFilters, ...more: Expression<SqlBool>[]) =>
    matching(filters, ...more).select(countAll.as('n'));
  const run = async (query: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) =>
    Number((await query.executeTakeFirstOrThrow()).n);

  const filesTagged = (tags: readonly string[]) =>
    db
      .selectFrom('catalog_file_tags')
      .select(sql<number>`count(DISTINCT file_id)`.as('n'))
      .where(
        'tag_folded',
        'in',
        tags.map((t) => t.toLowerCase()),
      );

  async function countWithAnyTag(filters: FileFilters, tags: readonly string[]) {
    return given(filters).length === 0
      ? run(filesTagged(tags))
      : run(countQuery(filters, hasAnyTag(tags)));
  }

  async function countMatching(filters: FileFilters): Promise<number> {
    const { notTags, ...rest } = filters;
    if (notTags) return (await countMatching(rest)) - (await countWithAnyTag(rest, notTags));
    const keys = given(filters).join(',');
    if (keys === 'anyTags') return run(filesTagged(filters.anyTags!));
    if (keys === 'tags' && filters.tags!.length === 1) return run(filesTagged(filters.tags!));
    const wordsOnly = keys === 'q' ? dialect.countWordsOnly(splitWords(filters.q!)) : null;
    if (wordsOnly) return Number((await wordsOnly.execute(db)).rows[0]?.n ?? 0);
    return run(countQuery(filters));
  }

  return { countQuery, countMatching };
}
