import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseTarget, type Db } from '../db/database.ts';

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

/** A connection to a database that always exists, from which test databases are made. */
export const DEFAULT_MAINTENANCE_URL = 'postgres://tagcrop:tagcrop@127.0.0.1:5432/postgres';
export const maintenanceUrl = () =>
  process.env.TAGCROP_TEST_DATABASE_URL?.trim() || DEFAULT_MAINTENANCE_URL;

/** Runs one statement on the maintenance database (CREATE / DROP DATABASE run outside transactions). */
export async function onMaintenanceDatabase(statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: maintenanceUrl() });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

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
  const name = `${inject('pgDatabasePrefix')}${crypto.randomBytes(6).toString('hex')}`;
  // A linguistic default collation, as production databases usually have (en_US.UTF-8): the
  // catalog's byte-ordered columns must not depend on the database's locale.
  await onMaintenanceDatabase(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'`,
  );
  const url = new URL(maintenanceUrl());
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.href },
    env: { DATABASE_URL: url.href },
    // FORCE: a pool a failed test left open must not keep the database alive.
    drop: () => onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(),
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
