import Database from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';

/** Kysely's dialect over one SQLite file (created if needed), tuned for one server process. */
export function sqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints instead of every commit: still never corrupt, and
  // a sync page's many small transactions stop waiting on the disk.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: sqlite });
}
