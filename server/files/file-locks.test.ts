import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNamedLocks, type NamedLocks } from '../db/named-locks.ts';
import {
  createTestDatabase,
  TEST_DATABASE_KIND,
  type TestDatabase,
} from '../testing/test-database.ts';
import { createFileLocks, type FileLocks } from './file-locks.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

let database: TestDatabase;
let named: NamedLocks[];
let locks: FileLocks;
/** A second instance's locks on the same database. */
let other: FileLocks;
beforeAll(async () => {
  database = await createTestDatabase();
  named = [createNamedLocks(database.target), createNamedLocks(database.target)];
  locks = createFileLocks(named[0]!);
  other = createFileLocks(named[1]!);
});
afterAll(async () => {
  for (const n of named) await n.close();
  await database.drop();
});

describe(`file locks (${TEST_DATABASE_KIND})`, () => {
  it('when two holders want the same file, then the second starts after the first ends', async () => {
    const events: string[] = [];
    const hold = (name: string) =>
      locks.withFiles(['a'], async () => {
        events.push(`${name} in`);
        await tick();
        events.push(`${name} out`);
      });
    await Promise.all([hold('first'), hold('second')]);
    expect(events).toEqual(['first in', 'first out', 'second in', 'second out']);
  });

  it('when holders want different files, then they run at the same time', async () => {
    // Each holder waits inside until all three are in: only possible if none waits for another.
    let inside = 0;
    const hold = (fileId: string) =>
      locks.withFiles([fileId], async () => {
        inside++;
        for (let i = 0; i < 400 && inside < 3; i++) await tick();
        return inside;
      });
    expect(await Promise.all([hold('a'), hold('b'), hold('c')])).toEqual([3, 3, 3]);
  });

  it('when holders want overlapping sets in opposite orders, then all finish', async () => {
    const done = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 3 ? locks : other).withFiles(i % 2 ? ['a', 'b', 'c'] : ['c', 'b', 'a'], async () => {
          await tick();
          return i;
        }),
      ),
    );
    expect(done).toHaveLength(20);
  });

  it('when the work fails, then the file is free again and the error reaches the caller', async () => {
    await expect(
      locks.withFiles(['a'], async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await locks.withFiles(['a'], async () => 'next')).toBe('next');
  });

  // Only PostgreSQL is shared by several instances; a SQLite file has one process.
  it.runIf(TEST_DATABASE_KIND === 'postgres')(
    'when another instance holds a file, then this one waits for it, and not for other files',
    async () => {
      const events: string[] = [];
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const held = other.withFiles(['shared', 'theirs'], async () => {
        events.push('other in');
        await released;
        events.push('other out');
      });
      while (!events.includes('other in')) await tick();
      const mine = locks.withFiles(['shared'], async () => void events.push('mine in'));
      await locks.withFiles(['elsewhere'], async () => void events.push('elsewhere'));
      await tick();
      expect(events).toEqual(['other in', 'elsewhere']);
      release();
      await Promise.all([held, mine]);
      expect(events).toEqual(['other in', 'elsewhere', 'other out', 'mine in']);
    },
  );
});
