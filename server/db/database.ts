import {
  Kysely,
  Migrator,
  SqliteAdapter,
  type Dialect as KyselyDialect,
  type Migration,
} from 'kysely';
import { migrations as appMigrations } from './migrations/index.ts';
import type { Dialect } from './migrations/dialect-types.ts';
import { postgresDialect } from './postgres-connection.ts';
import type { Schema } from './schema.ts';
import { sqliteDialect } from './sqlite-connection.ts';

export type Db = Kysely<Schema>;
export type { Dialect };

/** Where the app's data lives: the embedded SQLite file, or a PostgreSQL database (DATABASE_URL). */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface OpenOptions {
  migrations?: (dialect: Dialect) => Record<string, Migration>;
  /** A pooled PostgreSQL connection failed while idle; the next query reports it again. */
  onConnectionError?: (error: Error) => void;
}

/**
 * Opens the app's database (creating the SQLite file if needed) and brings its schema up to
 * date: the same migrations for both databases. Several instances may start at once on one
 * PostgreSQL; Kysely's migrator takes an advisory lock, so one of them migrates.
 */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Db> {
  const dialect: KyselyDialect =
    target.kind === 'sqlite'
      ? sqliteDialect(target.file)
      : postgresDialect(target.url, { onConnectionError: options.onConnectionError });
  const db = new Kysely<Schema>({ dialect });
  try {
    await migrate(db, (options.migrations ?? appMigrations)(target.kind));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

export function dialectOf(db: Db): Dialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

async function migrate(db: Db, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const message = (error as Error).message;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  // No migration named: it failed before any ran, reaching or reading the database.
  throw new Error(
    failed
      ? `Database migration ${failed} failed: ${message}`
      : `The database could not be opened: ${message}`,
    { cause: error },
  );
}
