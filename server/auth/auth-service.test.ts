import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import {
  createAuthService,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  type AuthService,
} from './auth-service.ts';
import { bootstrapAdmin } from './bootstrap-admin.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';

let db: Db;
let close: () => Promise<void>;
let clock: number;
let auth: AuthService;
// One database for the file (a new PostgreSQL database costs a second), emptied before each test.
beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
});
afterAll(() => close());
beforeEach(async () => {
  await db.deleteFrom('sessions').execute();
  await db.deleteFrom('users').execute();
  clock = 1_000_000;
  auth = createAuthService(db, () => clock);
});

describe('password hashes', () => {
  it('verify the right password only, and never store it in clear', async () => {
    const hash = await hashPassword('s3cret-words');
    expect(hash).not.toContain('s3cret-words');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('s3cret-words', hash)).toBe(true);
    expect(await verifyPassword('s3cret-wordz', hash)).toBe(false);
    expect(await verifyPassword('s3cret-words', 'garbage')).toBe(false);
  });
});

describe('sessions', () => {
  beforeEach(async () => {
    await auth.createUser('ed', 'password-1', 'editor');
  });

  it('a sign-in yields a new random id each time, stored only as a hash', async () => {
    const a = (await auth.signIn('ed', 'password-1'))!;
    const b = (await auth.signIn('ed', 'password-1'))!;
    expect(a.sessionId).not.toBe(b.sessionId);
    expect(Buffer.from(a.sessionId, 'base64url')).toHaveLength(32);
    const stored = await db.selectFrom('sessions').select('id_hash').execute();
    expect(stored.map((r) => r.id_hash)).not.toContain(a.sessionId);
    expect((await auth.resolve(a.sessionId))?.user.username).toBe('ed');
  });

  it('user names ignore case at sign-in', async () => {
    expect(await auth.signIn('ED', 'password-1')).not.toBeNull();
  });

  it('a session ends after the idle time without use', async () => {
    const { sessionId } = (await auth.signIn('ed', 'password-1'))!;
    clock += SESSION_IDLE_MS - 1000;
    expect(await auth.resolve(sessionId)).not.toBeNull();
    clock += SESSION_IDLE_MS - 1000;
    expect(await auth.resolve(sessionId)).not.toBeNull();
    clock += SESSION_IDLE_MS;
    expect(await auth.resolve(sessionId)).toBeNull();
  });

  it('a session ends at its absolute lifetime even when used all along', async () => {
    const { sessionId } = (await auth.signIn('ed', 'password-1'))!;
    for (let t = 0; t < SESSION_ABSOLUTE_MS; t += SESSION_IDLE_MS / 2) {
      clock += SESSION_IDLE_MS / 2;
      await auth.resolve(sessionId);
    }
    expect(await auth.resolve(sessionId)).toBeNull();
  });

  it('a password change ends every session of that user', async () => {
    const { sessionId } = (await auth.signIn('ed', 'password-1'))!;
    const user = (await auth.users.findByUsername('ed'))!;
    await auth.setPassword(user.id, 'password-2');
    expect(await auth.resolve(sessionId)).toBeNull();
    expect(await auth.signIn('ed', 'password-1')).toBeNull();
    expect(await auth.signIn('ed', 'password-2')).not.toBeNull();
  });
});

describe('users', () => {
  it.each([
    ['', 'password-1', 'editor', /user name/],
    ['bad name', 'password-1', 'editor', /user name/],
    ['ok', 'short', 'editor', /at least 8/],
    ['ok', 'password-1', 'root', /Role must be/],
  ])('refuses %j / %j / %j', async (name, password, role, message) => {
    await expect(auth.createUser(name, password, role)).rejects.toThrow(message);
  });

  it('refuses a second user with the same name in another case', async () => {
    await auth.createUser('Ann', 'password-1', 'viewer');
    await expect(auth.createUser('ann', 'password-1', 'viewer')).rejects.toThrow(/already exists/);
  });
});

describe('bootstrapAdmin', () => {
  it('creates the configured admin once', async () => {
    expect(await bootstrapAdmin(auth, { username: 'boss', password: 'boss-password' })).toEqual({
      created: true,
      username: 'boss',
      generatedPassword: null,
    });
    expect(await bootstrapAdmin(auth, { username: 'other', password: 'other-password' })).toEqual({
      created: false,
    });
    expect((await auth.users.list()).map((u) => [u.username, u.role])).toEqual([['boss', 'admin']]);
  });

  it('generates a password when none is configured, and it works', async () => {
    const result = await bootstrapAdmin(auth, null);
    if (!result.created || !result.generatedPassword)
      throw new Error('expected a generated password');
    expect(result.generatedPassword.length).toBeGreaterThanOrEqual(16);
    expect(await auth.signIn('admin', result.generatedPassword)).not.toBeNull();
  });
});
