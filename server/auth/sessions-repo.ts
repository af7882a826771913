import crypto from 'node:crypto';
import type { Db } from '../db/database.ts';

export interface SessionRecord {
  userId: number;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

interface SessionRow {
  user_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

/** Session ids are bearer secrets: only their SHA-256 is stored, so a leaked database opens nothing. */
export function hashSessionId(id: string): string {
  return crypto.createHash('sha256').update(id).digest('hex');
}

export function createSessionsRepo(db: Db) {
  const find = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?');
  return {
    insert: (idHash: string, session: SessionRecord): void => {
      db.prepare(
        `INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        idHash,
        session.userId,
        session.csrfToken,
        session.createdAt,
        session.lastSeenAt,
        session.expiresAt,
      );
    },
    find: (idHash: string): SessionRecord | undefined => {
      const row = find.get(idHash);
      return (
        row && {
          userId: row.user_id,
          csrfToken: row.csrf_token,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          expiresAt: row.expires_at,
        }
      );
    },
    touch: (idHash: string, lastSeenAt: number): void => {
      db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?').run(lastSeenAt, idHash);
    },
    remove: (idHash: string): void => {
      db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
    },
    removeAllOfUser: (userId: number): number =>
      db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes,
    removeExpired: (now: number): number =>
      db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes,
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
