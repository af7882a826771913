import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';

export interface SessionRecord {
  userId: number;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/** Session ids are bearer secrets: only their SHA-256 is stored, so a leaked database opens nothing. */
export function hashSessionId(id: string): string {
  return crypto.createHash('sha256').update(id).digest('hex');
}

export function createSessionsRepo(db: Db) {
  return {
    async insert(idHash: string, session: SessionRecord): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id_hash: idHash,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async find(idHash: string): Promise<SessionRecord | undefined> {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return (
        row && {
          userId: row.user_id,
          csrfToken: row.csrf_token,
          createdAt: Number(row.created_at),
          lastSeenAt: Number(row.last_seen_at),
          expiresAt: Number(row.expires_at),
        }
      );
    },
    async touch(idHash: string, lastSeenAt: number): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async remove(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async removeAllOfUser(userId: number): Promise<number> {
      const result = await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
      return Number(result[0]?.numDeletedRows ?? 0);
    },
    async removeExpired(now: number): Promise<number> {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
      return Number(result[0]?.numDeletedRows ?? 0);
    },
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
