import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onMaintenanceDatabase } from '../testing/postgres-maintenance.ts';
import {
  createTestDatabase,
  TEST_DATABASE_KIND,
  type TestDatabase,
} from '../testing/test-database.ts';
import { createNamedLocks, type NamedLocks } from './named-locks.ts';

let database: TestDatabase;
let locks: NamedLocks;
beforeAll(async () => {
  database = await createTestDatabase();
  locks = createNamedLocks(database.target);
});
afterAll(async () => {
  await locks.close();
  await database.drop();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
/** Waits until `log` has every entry (a lock over PostgreSQL takes a connection first). */
async function until(log: string[], ...entries: string[]) {
  for (let i = 0; i < 200 && !entries.every((e) => log.includes(e)); i += 1) await tick();
  expect(log).toEqual(expect.arrayContaining(entries));
}

/** Work that records when it runs and holds the lock until released. */
function holder(log: string[], label: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const work = async () => {
    log.push(`${label} in`);
    await released;
    log.push(`${label} out`);
    return label;
  };
  return { work, release };
}

describe(`named locks (${TEST_DATABASE_KIND})`, () => {
  it('when two take the same name, then the second waits for the first; other names do not', async () => {
    const log: string[] = [];
    const a = holder(log, 'a');
    const b = holder(log, 'b');
    const other = holder(log, 'other');
    const first = locks.withLock('file:1', a.work);
    await until(log, 'a in');
    const second = locks.withLock('file:1', b.work);
    const third = locks.withLock('file:2', other.work);
    await until(log, 'other in');
    await tick();
    expect(log).not.toContain('b in');
    other.release();
    a.release();
    expect(await first).toBe('a');
    await until(log, 'b in');
    b.release();
    expect(await second).toBe('b');
    await third;
    expect(log.indexOf('b in')).toBeGreaterThan(log.indexOf('a out'));
  });

  it('when the lock is held, then tryWithLock does nothing; once free, it runs', async () => {
    const log: string[] = [];
    const a = holder(log, 'a');
    const held = locks.withLock('sync', a.work);
    await until(log, 'a in');
    expect(await locks.tryWithLock('sync', async () => 'ran')).toEqual({ acquired: false });
    a.release();
    await held;
    expect(await locks.tryWithLock('sync', async () => 'ran')).toEqual({
      acquired: true,
      value: 'ran',
    });
  });

  it('when the work fails, then the lock is free again', async () => {
    await expect(
      locks.withLock('file:3', async () => {
        throw new Error('upstream down');
      }),
    ).rejects.toThrow('upstream down');
    expect(await locks.tryWithLock('file:3', async () => 1)).toEqual({ acquired: true, value: 1 });
  });

  // Several instances share a lock only through PostgreSQL; a SQLite file has one process.
  it.runIf(TEST_DATABASE_KIND === 'postgres')(
    'when another instance holds the lock and dies, then this one takes it over',
    async () => {
      const other = createNamedLocks(database.target);
      const log: string[] = [];
      const a = holder(log, 'a');
      const held = other.withLock('catalog-sync', a.work);
      await until(log, 'a in');
      expect(await locks.tryWithLock('catalog-sync', async () => 'mine')).toEqual({
        acquired: false,
      });
      const waiting = locks.withLock('catalog-sync', async () => 'mine');
      // The holder's connection drops, as when its process is killed.
      const name = new URL(database.env.DATABASE_URL!).pathname.slice(1);
      await onMaintenanceDatabase(
        `SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
          WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '${name}'`,
      );
      expect(await waiting).toBe('mine');
      a.release();
      await held;
      await other.close();
    },
  );
});
