import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type DatabaseTarget, type Db } from '../db/database.ts';
import { createScratchDatabase } from './postgres-maintenance.ts';

/** What the node-pg project's global setup hands each test file (postgres-global-setup.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Prefix of every database this run creates, so the run's end can drop what is left. */
    pgDatabasePrefix: string;
  }
}

/** The node-pg project sets it; the node project leaves it unset and runs on SQLite. */
export const TEST_DATABASE_KIND: DatabaseTarget['kind'] =
  process.env.TAGCROP_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  target: DatabaseTarget;
  /** DATABASE_URL as a server configured for this database would have it (none for SQLite). */
  env: { DATABASE_URL?: string };
  /** Removes the database (the SQLite file goes with its DATA_DIR). */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test app: `tagcrop.sqlite` in `dataDir` (in memory without
 * one), or, in the node-pg project, a new PostgreSQL database made from the maintenance
 * connection and dropped after.
 */
export async function createTestDatabase(dataDir?: string): Promise<TestDatabase> {
  if (TEST_DATABASE_KIND === 'sqlite') {
    const file = dataDir ? path.join(dataDir, 'tagcrop.sqlite') : ':memory:';
    const target = { kind: 'sqlite', file } as const;
    return { target, env: {}, drop: async () => undefined };
  }
  const database = await createScratchDatabase(inject('pgDatabasePrefix'));
  return {
    target: { kind: 'postgres', url: database.url },
    env: { DATABASE_URL: database.url },
    drop: database.drop,
  };
}

/** A migrated database of the project's kind, for tests of the stores without the app. */
export async function openTestDatabase(
  dataDir?: string,
): Promise<{ db: Db; close(): Promise<void> }> {
  const database = await createTestDatabase(dataDir);
  const db = await openDatabase(database.target);
  return {
    db,
    async close() {
      await db.destroy();
      await database.drop();
    },
  };
}
