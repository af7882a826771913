import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  TEST_DATABASE_KIND,
  type TestDatabase,
} from '../testing/test-database.ts';
import { createLeadership } from './leadership.ts';
import { createNamedLocks, type NamedLocks } from './named-locks.ts';

let database: TestDatabase;
let mine: NamedLocks;
/** Another instance's locks: on PostgreSQL its own pool; a SQLite file has one process. */
let theirs: NamedLocks;
beforeAll(async () => {
  database = await createTestDatabase();
  mine = createNamedLocks(database.target);
  theirs = TEST_DATABASE_KIND === 'postgres' ? createNamedLocks(database.target) : mine;
});
afterAll(async () => {
  await mine.close();
  if (theirs !== mine) await theirs.close();
  await database.drop();
});

describe(`leadership (${TEST_DATABASE_KIND})`, () => {
  it('when one instance leads, then the other does not, until the leader lets go', async () => {
    const leader = createLeadership(mine, 'job-a');
    const other = createLeadership(theirs, 'job-a');
    expect(await leader.lead()).toBe(true);
    expect(await other.lead()).toBe(false);
    // Asked again, the leader still leads and the other still does not: the lead is kept.
    expect(await leader.lead()).toBe(true);
    expect(await other.lead()).toBe(false);
    await leader.close();
    expect(await other.lead()).toBe(true);
    await other.close();
  });

  it('when two ask at once, then exactly one leads', async () => {
    const both = [createLeadership(mine, 'job-b'), createLeadership(theirs, 'job-b')];
    const answers = await Promise.all(both.map((l) => l.lead()));
    expect(answers.filter(Boolean)).toHaveLength(1);
    await Promise.all(both.map((l) => l.close()));
  });
});
