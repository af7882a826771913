import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteAdapter, SqliteDialect, type Migration } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { migrations as appMigrations } from './migrations/index.ts';
import type { Dialect } from './migrations/dialect-types.ts';
import type { Schema } from './schema.ts';

export type Db = Kysely<Schema>;
export type { Dialect };

/** Opens (creating if needed) the app's SQLite file and brings its schema up to date. */
export async function openDatabase(
  file: string,
  migrations: (dialect: Dialect) => Record<string, Migration> = appMigrations,
): Promise<Db> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints instead of every commit: still never corrupt, and
  // a sync page's many small transactions stop waiting on the disk.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrate(db, migrations('sqlite'));
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
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
