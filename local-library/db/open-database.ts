import Database from 'better-sqlite3';
import path from 'node:path';
import { migrate } from './migrations.ts';

export const DATABASE_FILE = 'library.sqlite';

/** Opens (creating if needed) the library's database in WAL mode, migrated to the latest schema. */
export function openDatabase(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
