import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { createAuthService } from './auth-service.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-cli-'));
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(dataDir);
});
afterAll(async () => {
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function users(args: string[], stdin = '') {
  // The CLI reads its database from the environment, as the server does (blank: SQLite).
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: database.env.DATABASE_URL ?? '' };
  const result = spawnSync(
    path.resolve('node_modules/.bin/tsx'),
    ['server/auth/users-cli.ts', ...args],
    { input: stdin, encoding: 'utf8', env },
  );
  return { status: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

async function canSignIn(username: string, password: string): Promise<boolean> {
  const db = await openDatabase(database.target);
  try {
    return (await createAuthService(db).signIn(username, password)) !== null;
  } finally {
    await db.destroy();
  }
}

// Each case starts real processes (tsx compiles on start), which is slow on a busy machine.
describe('npm run users', { timeout: 30_000 }, () => {
  it('adds a user with the password from stdin, never from the arguments', async () => {
    const added = users(['add', 'ann', 'editor'], 'ann-password-1\n');
    expect(added).toMatchObject({ status: 0, out: 'Added ann (editor).' });
    expect(await canSignIn('ann', 'ann-password-1')).toBe(true);
  });

  it('lists, changes roles and refuses unknown roles', () => {
    expect(users(['set-role', 'ann', 'admin']).out).toBe('ann is now admin.');
    expect(users(['list']).out).toMatch(/^ann\tadmin\t/);
    const bad = users(['set-role', 'ann', 'root']);
    expect(bad.status).toBe(1);
    expect(bad.err).toMatch(/Role must be one of/);
  });

  it('resets a password and ends that user’s sessions', async () => {
    const db = await openDatabase(database.target);
    const session = await createAuthService(db).signIn('ann', 'ann-password-1');
    await db.destroy();
    expect(session).not.toBeNull();
    expect(users(['reset-password', 'ann'], 'ann-password-2\n').status).toBe(0);
    expect(await canSignIn('ann', 'ann-password-1')).toBe(false);
    expect(await canSignIn('ann', 'ann-password-2')).toBe(true);
    const db2 = await openDatabase(database.target);
    expect(await createAuthService(db2).resolve(session!.sessionId)).toBeNull();
    await db2.destroy();
  });

  it('refuses a short password and explains usage on unknown commands', () => {
    expect(users(['add', 'bob'], 'short\n')).toMatchObject({
      status: 1,
      err: expect.stringMatching(/at least 8/),
    });
    expect(users(['frobnicate']).err).toMatch(/^Usage: npm run users/);
  });
});
