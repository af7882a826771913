import type { SelectQueryBuilder, Transaction } from 'kysely';
import { dialectOf, type Db } from './database.ts';
import type { Schema } from './schema.ts';

export type Trx = Transaction<Schema>;

// PostgreSQL's codes for a transaction that lost a race it may win on a second try: deadlock
// victim, serialization failure, and a row another transaction inserted first (it exists now,
// so the next try updates it). SQLite runs one write at a time and never raises them.
const LOST_RACE = new Set(['40P01', '40001', '23505']);
const ATTEMPTS = 3;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/**
 * Runs `write` in a transaction, and again (3 tries in all) when PostgreSQL rolled it back for
 * losing a race with a concurrent one. `write` must touch nothing but the database.
 */
export async function writeTransaction<T>(db: Db, write: (trx: Trx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(write);
    } catch (error) {
      if (attempt >= ATTEMPTS || !LOST_RACE.has(codeOf(error) as string)) throw error;
    }
  }
}

/**
 * The rows a write reads before changing them, locked until it commits (PostgreSQL's FOR
 * UPDATE), so that what it read stays true and writers queue instead of undoing each other.
 * Name every joined table whose columns are used: when a row changed while the query waited,
 * PostgreSQL reads the new version of the locked tables only. Order the query by key: writers
 * then lock in one order. SQLite needs nothing: one transaction at a time has its connection.
 */
export function forWrite<DB, TB extends keyof DB, O>(
  trx: Trx,
  query: SelectQueryBuilder<DB, TB, O>,
  tables: ReadonlyArray<TB & string>,
): SelectQueryBuilder<DB, TB, O> {
  return dialectOf(trx) === 'postgres' ? query.forUpdate(tables) : query;
}
