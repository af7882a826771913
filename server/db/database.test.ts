import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createAuthService } from '../auth/auth-service.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { createTestDatabase, TEST_DATABASE_KIND } from '../testing/test-database.ts';
import { dialectOf, openDatabase } from './database.ts';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-db-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
/** An empty database of the project's kind (SQLite, or PostgreSQL in node-pg). */
async function emptyDatabase() {
  const database = await createTestDatabase(tempDir());
  cleanups.push(() => database.drop());
  return database.target;
}

// The schema as the first releases made it, with `PRAGMA user_version` and plain SQL.
const FIRST_RELEASE_SCHEMA = `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    password_changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE tag_vocabulary (name TEXT PRIMARY KEY COLLATE NOCASE, file_count INTEGER NOT NULL);
  CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  PRAGMA user_version = 2;`;

describe('openDatabase', () => {
  it('creates every table on a new database, and opening again changes nothing', async () => {
    const target = await emptyDatabase();
    const db = await openDatabase(target);
    expect(dialectOf(db)).toBe(TEST_DATABASE_KIND);
    const auth = createAuthService(db);
    await auth.createUser('Ann', 'a-long-password', 'admin');
    await db.destroy();

    const again = await openDatabase(target);
    expect((await createAuthService(again).users.findByUsername('ann'))?.username).toBe('Ann');
    await again.destroy();
  });

  // Only SQLite databases predate the query layer.
  it.runIf(TEST_DATABASE_KIND === 'sqlite')(
    'adopts a database made by the first releases, keeping its users and sessions',
    async () => {
      const file = path.join(tempDir(), 'tagcrop.sqlite');
      const legacy = new Database(file);
      legacy.exec(FIRST_RELEASE_SCHEMA);
      legacy
        .prepare('INSERT INTO users (username, password_hash, role) VALUES (?, ?, ?)')
        .run('Boss', await hashPassword('boss-password'), 'admin');
      legacy.close();

      const db = await openDatabase({ kind: 'sqlite', file });
      const auth = createAuthService(db);
      const session = await auth.signIn('boss', 'boss-password');
      expect(session?.user).toEqual({ username: 'Boss', role: 'admin' });
      expect((await auth.resolve(session!.sessionId))?.user.username).toBe('Boss');
      await expect(auth.createUser('BOSS', 'another-password', 'viewer')).rejects.toThrow(
        /already exists/,
      );
      await db.destroy();
    },
  );

  it('stops the start when a migration fails, naming it', async () => {
    const target = await emptyDatabase();
    await expect(
      openDatabase(target, {
        migrations: () => ({
          '001-broken': {
            async up(db) {
              await db.schema.createTable('t').addColumn('a', 'text').execute();
              throw new Error('disk full');
            },
          },
        }),
      }),
    ).rejects.toThrow(/migration 001-broken failed: disk full/);
  });

  it('reads bigint columns, counts and sums back as numbers, epoch milliseconds intact', async () => {
    const db = await openDatabase(await emptyDatabase());
    const user = await createAuthService(db).createUser('Ann', 'a-long-password', 'admin');
    const at = Date.UTC(2030, 0, 1, 12, 0, 0, 123);
    await db
      .insertInto('sessions')
      .values({
        id_hash: 'h',
        user_id: user.id,
        csrf_token: 't',
        created_at: at,
        last_seen_at: at,
        expires_at: at,
      })
      .execute();
    const row = await db
      .selectFrom('sessions')
      .select(['created_at', sql<number>`count(*)`.as('n'), sql<number>`sum(expires_at)`.as('s')])
      .groupBy('created_at')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ created_at: at, n: 1, s: at });
    await db.destroy();
  });

  it('says when the database cannot be reached, without its password', async () => {
    const url = 'postgres://tagcrop:s3cret@127.0.0.1:1/tagcrop';
    const opening = openDatabase({ kind: 'postgres', url });
    await expect(opening).rejects.toThrow(/^The database could not be opened: .*ECONNREFUSED/);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });
});
