import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_DATABASE_KIND } from '../testing/test-database.ts';
import type { Db } from './database.ts';
import { createRateEvents } from './rate-events.ts';
import { createRateLimitHold } from './rate-limit-hold.ts';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
});
afterAll(() => close());

describe(`the shared rate-limit hold (${TEST_DATABASE_KIND})`, () => {
  it('when one instance is told to wait, then another sees until when; past it, no hold', async () => {
    const clock = { t: 5_000_000 };
    const mine = createRateLimitHold(createRateEvents(db), () => clock.t);
    const theirs = createRateLimitHold(createRateEvents(db), () => clock.t);
    expect(await theirs.until()).toBe(0);
    await mine.extend(clock.t + 3000);
    await mine.extend(clock.t + 1000);
    expect(await theirs.until()).toBe(clock.t + 3000);
    clock.t += 3000;
    expect(await theirs.until()).toBe(0);
  });
});
