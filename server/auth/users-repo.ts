import { sql } from 'kysely';
import type { Role, SessionUser } from '../../common/api/session.ts';
import type { Db } from '../db/database.ts';
import type { UsersTable } from '../db/schema.ts';

export interface UserRecord extends SessionUser {
  id: number;
  passwordHash: string;
  createdAt: string;
}

type UserRow = Pick<UsersTable, 'username' | 'password_hash' | 'role' | 'created_at'> & {
  id: number;
};

const COLUMNS = ['id', 'username', 'password_hash', 'role', 'created_at'] as const;

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  role: row.role,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

// User names are unique and looked up ignoring case, the same way in both databases.
const folded = sql<string>`lower(username)`;

/** SQL for users; hashing and policy live in the auth service, not here. */
export function createUsersRepo(db: Db) {
  const byId = async (id: number) =>
    db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();

  return {
    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async findByUsername(username: string): Promise<UserRecord | undefined> {
      const row = await db
        .selectFrom('users')
        .select(COLUMNS)
        .where(folded, '=', username.toLowerCase())
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async findById(id: number): Promise<UserRecord | undefined> {
      const row = await byId(id);
      return row && toRecord(row);
    },
    async list(): Promise<UserRecord[]> {
      const rows = await db.selectFrom('users').select(COLUMNS).orderBy(folded).execute();
      return rows.map(toRecord);
    },
    async insert(username: string, passwordHash: string, role: Role): Promise<UserRecord> {
      const now = new Date().toISOString();
      const row = await db
        .insertInto('users')
        .values({
          username,
          password_hash: passwordHash,
          role,
          created_at: now,
          password_changed_at: now,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },
    async setRole(id: number, role: Role): Promise<void> {
      await db.updateTable('users').set({ role }).where('id', '=', id).execute();
    },
    async setPasswordHash(id: number, passwordHash: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: new Date().toISOString() })
        .where('id', '=', id)
        .execute();
    },
    async remove(id: number): Promise<void> {
      await db.deleteFrom('users').where('id', '=', id).execute();
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
