import type { RawBuilder } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Trx } from '../db/write-transaction.ts';
import type { ColumnRef } from './plan-hints.ts';
import type { WordsMatch } from './text-search.ts';

/**
 * The catalog's SQL where the two databases differ, one small module each (catalog-dialect-*.ts,
 * chosen by catalogDialectOf). Everything else (filters, pages, counts, tags) is the same
 * Kysely code on both.
 */
export interface CatalogDialect {
  dialect: Dialect;
  /** Every word inside the file's search text, through the database's substring index. */
  wordsMatch: WordsMatch;
  /** When words are the whole filter, their count from the index alone; null when none helps. */
  countWordsOnly(words: readonly string[]): RawBuilder<{ n: number }> | null;
  /**
   * Whether a page query is told which plan to take (walk its order's index or collect the
   * matches; plan-hints.ts), because the database's planner cannot tell which is cheaper.
   */
  isPlanChosenByUs: boolean;
  /** A filter column hidden from index choice, so a page walks its order's index (plan-hints). */
  unindexedColumn: ColumnRef;
  /** Holds off other writers of the tag counts until the transaction ends (a recount). */
  lockTagCounts(trx: Trx): Promise<void>;
}
