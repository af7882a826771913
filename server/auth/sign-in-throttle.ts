import type { RateEvents } from '../db/rate-events.ts';

export interface ThrottleRule {
  /** Failed sign-ins allowed within the window before further tries are refused. */
  maxFailures: number;
  windowMs: number;
}

export const PER_ACCOUNT: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60 * 1000 };
export const PER_ADDRESS: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60 * 1000 };

const SCOPE = 'sign-in-failure';

/**
 * Counts failed sign-ins per account and per address over a sliding window. Only failures count,
 * so people who type their password right are never slowed down. Kept in the database, so that
 * behind a load balancer every instance refuses the same guesser.
 */
export function createSignInThrottle(
  events: RateEvents,
  rules = { account: PER_ACCOUNT, address: PER_ADDRESS },
  now: () => number = Date.now,
) {
  async function waitMs(key: string, rule: ThrottleRule): Promise<number> {
    const times = await events.since(SCOPE, key, now() - rule.windowMs);
    if (times.length < rule.maxFailures) return 0;
    return times[times.length - rule.maxFailures]! + rule.windowMs - now();
  }

  const accountKey = (username: string) => `account:${username.toLowerCase()}`;
  const addressKey = (address: string) => `address:${address}`;

  return {
    /** Milliseconds until this account may try again from this address; 0 when it may now. */
    async retryAfterMs(username: string, address: string): Promise<number> {
      const waits = await Promise.all([
        waitMs(accountKey(username), rules.account),
        waitMs(addressKey(address), rules.address),
      ]);
      return Math.max(...waits);
    },

    async recordFailure(username: string, address: string): Promise<void> {
      const at = now();
      await events.add(SCOPE, accountKey(username), at);
      await events.add(SCOPE, addressKey(address), at);
    },

    recordSuccess: (username: string) => events.clear(SCOPE, accountKey(username)),
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
