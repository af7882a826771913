import { sql } from 'kysely';
import type { CatalogDialect } from './catalog-dialect.ts';
import { plainColumn } from './plan-hints.ts';
import { wordsScan } from './text-search.ts';

/**
 * PostgreSQL: every word as `search_text LIKE '%word%'`, which the pg_trgm GIN index
 * (db/migrations/006-postgres-search-and-order.ts) answers for words of 3+ characters; the
 * planner checks shorter ones on the rows it reads. Counting reads the same index, so there is
 * no separate index-only count. The planner weighs an order-index walk against collecting and
 * sorting with its statistics, so it needs no hint: the column stays as it is.
 */
export const catalogOnPostgres: CatalogDialect = {
  dialect: 'postgres',
  wordsMatch: wordsScan,
  countWordsOnly: () => null,
  isPlanChosenByUs: false,
  unindexedColumn: plainColumn,

  // Writers take ROW EXCLUSIVE, which this mode excludes: running writers finish first, new
  // ones wait, and the recount reads every committed tag, none half-written.
  async lockTagCounts(trx) {
    await sql`LOCK TABLE catalog_tags IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
  },
};
