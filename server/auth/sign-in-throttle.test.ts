import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { createRateEvents } from '../db/rate-events.ts';
import { openTestDatabase, TEST_DATABASE_KIND } from '../testing/test-database.ts';
import { createSignInThrottle } from './sign-in-throttle.ts';

const rules = {
  account: { maxFailures: 3, windowMs: 60_000 },
  address: { maxFailures: 5, windowMs: 60_000 },
};

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
});
afterAll(() => close());

/** Two throttles on one database, as two instances behind a load balancer have. */
async function setup() {
  await db.deleteFrom('rate_events').execute();
  const clock = { t: 1_000_000 };
  const events = createRateEvents(db);
  return {
    clock,
    throttle: createSignInThrottle(events, rules, () => clock.t),
    other: createSignInThrottle(events, rules, () => clock.t),
  };
}

describe(`sign-in throttle (${TEST_DATABASE_KIND})`, () => {
  it('refuses an account after its failures, until the oldest one leaves the window', async () => {
    const { clock, throttle } = await setup();
    for (let i = 0; i < 3; i++) {
      expect(await throttle.retryAfterMs('ann', '1.1.1.1')).toBe(0);
      await throttle.recordFailure('ann', '1.1.1.1');
      clock.t += 1000;
    }
    expect(await throttle.retryAfterMs('ANN', '9.9.9.9')).toBe(57_000);
    clock.t += 57_000;
    expect(await throttle.retryAfterMs('ann', '9.9.9.9')).toBe(0);
  });

  it('refuses an address that tries many accounts', async () => {
    const { throttle } = await setup();
    for (const name of ['a', 'b', 'c', 'd', 'e']) await throttle.recordFailure(name, '6.6.6.6');
    expect(await throttle.retryAfterMs('fresh-name', '6.6.6.6')).toBeGreaterThan(0);
    expect(await throttle.retryAfterMs('fresh-name', '7.7.7.7')).toBe(0);
  });

  it('a success clears the account but not the address', async () => {
    const { throttle } = await setup();
    for (let i = 0; i < 3; i++) await throttle.recordFailure('ann', '1.1.1.1');
    await throttle.recordSuccess('ann');
    expect(await throttle.retryAfterMs('ann', '2.2.2.2')).toBe(0);
    await throttle.recordFailure('bob', '1.1.1.1');
    await throttle.recordFailure('cid', '1.1.1.1');
    expect(await throttle.retryAfterMs('dan', '1.1.1.1')).toBeGreaterThan(0);
  });

  it('failures counted by one instance refuse the guesser at another', async () => {
    const { throttle, other } = await setup();
    await throttle.recordFailure('ann', '1.1.1.1');
    await other.recordFailure('ann', '2.2.2.2');
    await throttle.recordFailure('ann', '3.3.3.3');
    expect(await other.retryAfterMs('ann', '4.4.4.4')).toBeGreaterThan(0);
  });
});
