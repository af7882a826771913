import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { FileDetails } from '../../../common/file-details.ts';
import type { DatabaseTarget } from '../../db/database.ts';
import type { TestApp } from '../test-app.ts';

const sha256 = (data: Buffer | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What the library holds, as its API shows it and as its disk keeps it. */
export interface LibraryState {
  files: FileDetails[];
  /** sha256 of each file's original, delivered by its own URL. */
  delivered: Record<string, string>;
  /** sha256 of every stored original, by its path under `originals/`. */
  originals: Record<string, string>;
  customFields: unknown[];
}

export async function libraryState(t: TestApp): Promise<LibraryState> {
  const listed = (await t.direct.assets.list({ type: 'file', limit: 1000 })) as FileDetails[];
  const files = await Promise.all(listed.map((f) => t.stored(f.fileId)));
  files.sort((a, b) => a.fileId.localeCompare(b.fileId));
  const delivered: Record<string, string> = {};
  for (const file of files) {
    const res = await fetch(file.url);
    if (!res.ok) throw new Error(`${file.filePath} is not delivered: ${res.status}`);
    delivered[file.fileId] = sha256(new Uint8Array(await res.arrayBuffer()));
  }
  const customFields = await t.direct.customMetadataFields.list({ includeDeleted: true });
  return { files, delivered, originals: originalsOnDisk(t), customFields };
}

/** Every original on disk, so that bytes written without a record would show too. */
function originalsOnDisk(t: TestApp): Record<string, string> {
  const root = path.join(t.dataDir, 'library', 'originals');
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
  return Object.fromEntries(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(root, file), sha256(fs.readFileSync(file))];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

/** Users and sessions, read from tagcrop's database itself, past the app's own code. */
export interface AccountsState {
  users: unknown[];
  sessions: unknown[];
}

const USERS = 'SELECT * FROM users ORDER BY id';
const SESSIONS = 'SELECT * FROM sessions ORDER BY id_hash';

export async function accountsState(target: DatabaseTarget): Promise<AccountsState> {
  const { users, sessions } =
    target.kind === 'sqlite' ? readSqlite(target.file) : await readPostgres(target.url);
  // A session's last use moves whenever it is used, and the suite uses sessions: that is not
  // a change to the session, so it is left out. Everything else must stay as it was.
  const unused = sessions.map((row) => {
    const rest = { ...(row as Record<string, unknown>) };
    delete rest.last_seen_at;
    return rest;
  });
  return { users, sessions: unused };
}

function readSqlite(file: string): AccountsState {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return { users: db.prepare(USERS).all(), sessions: db.prepare(SESSIONS).all() };
  } finally {
    db.close();
  }
}

async function readPostgres(url: string): Promise<AccountsState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return {
      users: (await client.query(USERS)).rows,
      sessions: (await client.query(SESSIONS)).rows,
    };
  } finally {
    await client.end();
  }
}
