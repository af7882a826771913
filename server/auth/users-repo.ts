import type { Role, SessionUser } from '../../common/api/session.ts';
import type { Db } from '../db/database.ts';

export interface UserRecord extends SessionUser {
  id: number;
  passwordHash: string;
  createdAt: string;
}

interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  role: Role;
  created_at: string;
}

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  role: row.role,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

/** SQL for users; hashing and policy live in the auth service, not here. */
export function createUsersRepo(db: Db) {
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  return {
    count: (): number => (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n,
    findByUsername: (username: string): UserRecord | undefined => {
      const row = byName.get(username);
      return row && toRecord(row);
    },
    findById: (id: number): UserRecord | undefined => {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    list: (): UserRecord[] =>
      (db.prepare('SELECT * FROM users ORDER BY username').all() as UserRow[]).map(toRecord),
    insert: (username: string, passwordHash: string, role: Role): UserRecord => {
      const { lastInsertRowid } = db
        .prepare('INSERT INTO users (username, password_hash, role) VALUES (?, ?, ?)')
        .run(username, passwordHash, role);
      return toRecord(byId.get(Number(lastInsertRowid))!);
    },
    setRole: (id: number, role: Role): void => {
      db.prepare('UPDATE users SET role = ? WHERE id = ?').run(role, id);
    },
    setPasswordHash: (id: number, passwordHash: string): void => {
      db.prepare(
        `UPDATE users SET password_hash = ?, password_changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         WHERE id = ?`,
      ).run(passwordHash, id);
    },
    remove: (id: number): void => {
      db.prepare('DELETE FROM users WHERE id = ?').run(id);
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
