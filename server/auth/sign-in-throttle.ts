export interface ThrottleRule {
  /** Failed sign-ins allowed within the window before further tries are refused. */
  maxFailures: number;
  windowMs: number;
}

export const PER_ACCOUNT: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60 * 1000 };
export const PER_ADDRESS: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60 * 1000 };
// Bounds memory under a spray of made-up user names or addresses.
const MAX_KEYS = 10_000;

/**
 * Counts failed sign-ins per account and per address over a sliding window. Only failures count,
 * so people who type their password right are never slowed down. Kept in memory: a restart
 * forgets, which is acceptable for one server and keeps SQLite out of the hot path.
 */
export function createSignInThrottle(
  rules = { account: PER_ACCOUNT, address: PER_ADDRESS },
  now: () => number = Date.now,
) {
  const failures = new Map<string, number[]>();

  function recent(key: string, rule: ThrottleRule): number[] {
    const since = now() - rule.windowMs;
    const times = (failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) failures.set(key, times);
    else failures.delete(key);
    return times;
  }

  function waitMs(key: string, rule: ThrottleRule): number {
    const times = recent(key, rule);
    if (times.length < rule.maxFailures) return 0;
    return times[times.length - rule.maxFailures]! + rule.windowMs - now();
  }

  const accountKey = (username: string) => `account:${username.toLowerCase()}`;
  const addressKey = (address: string) => `address:${address}`;

  return {
    /** Milliseconds until this account may try again from this address; 0 when it may now. */
    retryAfterMs(username: string, address: string): number {
      return Math.max(
        waitMs(accountKey(username), rules.account),
        waitMs(addressKey(address), rules.address),
      );
    },

    recordFailure(username: string, address: string): void {
      for (const key of [accountKey(username), addressKey(address)]) {
        if (!failures.has(key) && failures.size >= MAX_KEYS) {
          failures.delete(failures.keys().next().value!);
        }
        failures.set(key, [...(failures.get(key) ?? []), now()]);
      }
    },

    recordSuccess(username: string): void {
      failures.delete(accountKey(username));
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
