import crypto from 'node:crypto';
import { ROLES, type Role, type SessionUser } from '../../common/api/session.ts';
import { MIN_PASSWORD_LENGTH } from '../../common/api/users.ts';
import type { Db } from '../db/database.ts';
import { DECOY_HASH_PROMISE, hashPassword, verifyPassword } from './password-hash.ts';
import { createSessionsRepo, hashSessionId } from './sessions-repo.ts';
import { createUsersRepo, type UserRecord } from './users-repo.ts';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing last_seen on every request would turn each read into a write.
const TOUCH_EVERY_MS = 60 * 1000;

export interface ActiveSession {
  user: SessionUser & { id: number };
  csrfToken: string;
  idHash: string;
}

export class UserInputError extends Error {}

export function createAuthService(db: Db, now: () => number = Date.now) {
  const users = createUsersRepo(db);
  const sessions = createSessionsRepo(db);

  function checkPassword(password: string): void {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new UserInputError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
  }

  /** Sets a new password and ends every session of that user: a changed password locks others out. */
  async function setPassword(userId: number, password: string): Promise<void> {
    checkPassword(password);
    await users.setPasswordHash(userId, await hashPassword(password));
    await sessions.removeAllOfUser(userId);
  }

  /** Refuses to demote or delete the last admin: nobody could manage users afterwards. */
  async function keepAnAdmin(userId: number): Promise<void> {
    const admins = (await users.list()).filter((u) => u.role === 'admin');
    if (admins.length === 1 && admins[0]!.id === userId) {
      throw new UserInputError('This is the last admin; make someone else admin first.');
    }
  }

  function checkRole(role: string): asserts role is Role {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new UserInputError(`Role must be one of ${ROLES.join(', ')}.`);
    }
  }

  return {
    users,

    /** A fresh 256-bit session for valid credentials; null otherwise, in the same time either way. */
    async signIn(username: string, password: string) {
      const user = await users.findByUsername(username);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DECOY_HASH_PROMISE));
      if (!user || !ok) return null;
      const sessionId = crypto.randomBytes(32).toString('base64url');
      const csrfToken = crypto.randomBytes(32).toString('base64url');
      const at = now();
      await sessions.insert(hashSessionId(sessionId), {
        userId: user.id,
        csrfToken,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: at + SESSION_ABSOLUTE_MS,
      });
      return { sessionId, csrfToken, user: { username: user.username, role: user.role } };
    },

    /** The session behind a cookie value, if it is known and neither idle nor past its lifetime. */
    async resolve(sessionId: string): Promise<ActiveSession | null> {
      const idHash = hashSessionId(sessionId);
      const session = await sessions.find(idHash);
      if (!session) return null;
      const at = now();
      if (at >= session.expiresAt || at - session.lastSeenAt >= SESSION_IDLE_MS) {
        await sessions.remove(idHash);
        return null;
      }
      const user = await users.findById(session.userId);
      if (!user) return null;
      if (at - session.lastSeenAt >= TOUCH_EVERY_MS) await sessions.touch(idHash, at);
      return {
        user: { id: user.id, username: user.username, role: user.role },
        csrfToken: session.csrfToken,
        idHash,
      };
    },

    async signOut(idHash: string): Promise<void> {
      await sessions.remove(idHash);
    },

    signOutEverywhere(userId: number): Promise<number> {
      return sessions.removeAllOfUser(userId);
    },

    async createUser(username: string, password: string, role: string): Promise<UserRecord> {
      const name = username.trim();
      if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
        throw new UserInputError('A user name has 1–64 letters, digits, ".", "_", "@" or "-".');
      }
      checkRole(role);
      checkPassword(password);
      if (await users.findByUsername(name))
        throw new UserInputError(`User "${name}" already exists.`);
      return users.insert(name, await hashPassword(password), role);
    },

    setPassword,

    async setRole(userId: number, role: string): Promise<void> {
      checkRole(role);
      if (role !== 'admin') await keepAnAdmin(userId);
      await users.setRole(userId, role);
    },

    /** Deletes a user; their sessions go with them (foreign key cascade). */
    async removeUser(userId: number): Promise<void> {
      await keepAnAdmin(userId);
      await users.remove(userId);
    },

    /** The user's own change: needs the current password, like any other sign-in. */
    async changeOwnPassword(userId: number, current: string, next: string): Promise<boolean> {
      const user = await users.findById(userId);
      if (!user || !(await verifyPassword(current, user.passwordHash))) return false;
      await setPassword(userId, next);
      return true;
    },

    removeExpiredSessions: () => sessions.removeExpired(now()),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
