import { sql, type Expression, type SqlBool } from 'kysely';
import type { Dialect } from '../db/database.ts';

/** The SQL that says "every word occurs somewhere in the file's search text". */
export type WordsMatch = (words: readonly string[]) => Expression<SqlBool>;

// The trigram tokenizer indexes runs of three characters; shorter words cannot use it.
const TRIGRAM = 3;

const likeInside = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A plain substring test on catalog_files.search_text (alias `f`): correct anywhere. */
const scanFor = (word: string) => sql<SqlBool>`f.search_text LIKE ${likeInside(word)} ESCAPE '\\'`;

/**
 * Every word tested on each row the query reads, in any database. When a page walks its order's
 * index and matches are dense, this finds a page of "wristwatch" in ~2,000 rows (0.5 ms), where
 * asking the index for all 5,500 matches first costs 5 ms.
 */
export const wordsScan: WordsMatch = (words) =>
  sql<SqlBool>`(${sql.join(words.map(scanFor), sql` AND `)})`;

/** FTS5 query syntax: each word a quoted string, all of them required. */
const ftsQuery = (words: readonly string[]) =>
  words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');

/**
 * Substring search over names, folders and tags, the one dialect-specific query of the catalog.
 * SQLite: words of 3+ characters go through the FTS5 trigram index (`catalog_search`, see
 * `db/migrations/text-search-index.ts`), shorter ones are checked on the rows the rest of the
 * query leaves. PostgreSQL: every word as `search_text LIKE '%word%'`, which its pg_trgm GIN
 * index answers from the index.
 */
export function wordsMatchFor(dialect: Dialect): WordsMatch {
  return (words) => {
    const indexed = dialect === 'sqlite' ? words.filter((w) => [...w].length >= TRIGRAM) : [];
    const scanned = words.filter((w) => !indexed.includes(w));
    const parts = scanned.map(scanFor);
    if (indexed.length > 0) {
      parts.unshift(
        sql<SqlBool>`f.id IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ${ftsQuery(indexed)})`,
      );
    }
    return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
  };
}

/**
 * When words are all the filter, how many files match, from the index alone (no row reads);
 * null when a word cannot use it.
 */
export function countWordsOnly(dialect: Dialect, words: readonly string[]) {
  if (dialect !== 'sqlite' || words.some((w) => [...w].length < TRIGRAM)) return null;
  return sql<{
    n: number;
  }>`SELECT count(*) AS n FROM catalog_search WHERE catalog_search MATCH ${ftsQuery(words)}`;
}
