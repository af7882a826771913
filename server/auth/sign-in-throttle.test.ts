import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from './sign-in-throttle.ts';

const rules = {
  account: { maxFailures: 3, windowMs: 60_000 },
  address: { maxFailures: 5, windowMs: 60_000 },
};

function setup() {
  const clock = { t: 1_000_000 };
  return { clock, throttle: createSignInThrottle(rules, () => clock.t) };
}

describe('sign-in throttle', () => {
  it('refuses an account after its failures, until the oldest one leaves the window', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterMs('ann', '1.1.1.1')).toBe(0);
      throttle.recordFailure('ann', '1.1.1.1');
      clock.t += 1000;
    }
    expect(throttle.retryAfterMs('ANN', '9.9.9.9')).toBe(57_000);
    clock.t += 57_000;
    expect(throttle.retryAfterMs('ann', '9.9.9.9')).toBe(0);
  });

  it('refuses an address that tries many accounts', () => {
    const { throttle } = setup();
    for (const name of ['a', 'b', 'c', 'd', 'e']) throttle.recordFailure(name, '6.6.6.6');
    expect(throttle.retryAfterMs('fresh-name', '6.6.6.6')).toBeGreaterThan(0);
    expect(throttle.retryAfterMs('fresh-name', '7.7.7.7')).toBe(0);
  });

  it('a success clears the account but not the address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure('ann', '1.1.1.1');
    throttle.recordSuccess('ann');
    expect(throttle.retryAfterMs('ann', '2.2.2.2')).toBe(0);
    throttle.recordFailure('bob', '1.1.1.1');
    throttle.recordFailure('cid', '1.1.1.1');
    expect(throttle.retryAfterMs('dan', '1.1.1.1')).toBeGreaterThan(0);
  });
});
