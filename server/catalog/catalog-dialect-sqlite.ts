import { sql, type SqlBool } from 'kysely';
import type { CatalogDialect } from './catalog-dialect.ts';
import { scanFor } from './text-search.ts';

// The trigram tokenizer indexes runs of three characters; shorter words cannot use it.
const TRIGRAM = 3;

const isIndexed = (word: string) => [...word].length >= TRIGRAM;

/** FTS5 query syntax: each word a quoted string, all of them required. */
const ftsQuery = (words: readonly string[]) =>
  words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');

/**
 * SQLite: words of 3+ characters go through the FTS5 trigram index (`catalog_search`, see
 * `db/migrations/text-search-index.ts`), shorter ones are checked on the rows the rest of the
 * query leaves. A unary `+` is SQLite's documented way to keep a term from choosing the index.
 */
export const catalogOnSqlite: CatalogDialect = {
  dialect: 'sqlite',

  wordsMatch(words) {
    const indexed = words.filter(isIndexed);
    const parts = words.filter((w) => !isIndexed(w)).map(scanFor);
    if (indexed.length > 0) {
      parts.unshift(
        sql<SqlBool>`f.id IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ${ftsQuery(indexed)})`,
      );
    }
    return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
  },

  countWordsOnly(words) {
    if (!words.every(isIndexed)) return null;
    return sql<{
      n: number;
    }>`SELECT count(*) AS n FROM catalog_search WHERE catalog_search MATCH ${ftsQuery(words)}`;
  },

  // SQLite's planner has no statistics on how many rows a filter leaves.
  isPlanChosenByUs: true,
  unindexedColumn: (column) => sql`+${sql.ref(`f.${column}`)}`,

  // One transaction at a time holds the only connection: it is alone already.
  lockTagCounts: async () => undefined,
};
