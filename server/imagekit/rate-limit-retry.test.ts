import { RateLimitError } from '@imagekit/nodejs';
import { describe, expect, it } from 'vitest';
import { withRateLimitRetry, type RateLimitHold } from './rate-limit-retry.ts';

const limited = (resetMs?: number) =>
  new RateLimitError(
    429,
    { message: 'Too many requests' },
    'Too many requests',
    new Headers(resetMs === undefined ? {} : { 'X-RateLimit-Reset': String(resetMs) }),
  );

function script(outcomes: Array<Error | string>) {
  let calls = 0;
  const attempt = async () => {
    const outcome = outcomes[calls++];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { attempt, calls: () => calls };
}

describe('withRateLimitRetry', () => {
  it('waits what X-RateLimit-Reset says, then succeeds', async () => {
    const waits: number[] = [];
    const s = script([limited(250), limited(400), 'ok']);
    const result = await withRateLimitRetry(
      s.attempt,
      { maxAttempts: 3, maxTotalWaitMs: 10_000 },
      async (ms) => {
        waits.push(ms);
      },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([250, 400]);
  });

  it('gives up after maxAttempts with the last 429', async () => {
    const s = script([limited(10), limited(10), limited(10), 'never']);
    await expect(
      withRateLimitRetry(s.attempt, { maxAttempts: 3, maxTotalWaitMs: 10_000 }, async () => {}),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(s.calls()).toBe(3);
  });

  it('does not start a wait that would pass the total budget', async () => {
    const waits: number[] = [];
    const s = script([limited(6000), limited(6000), 'never']);
    await expect(
      withRateLimitRetry(s.attempt, { maxAttempts: 5, maxTotalWaitMs: 10_000 }, async (ms) => {
        waits.push(ms);
      }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(waits).toEqual([6000]);
    expect(s.calls()).toBe(2);
  });

  it('backs off one second when the reset header is missing', async () => {
    const waits: number[] = [];
    const s = script([limited(), 'ok']);
    await withRateLimitRetry(s.attempt, undefined, async (ms) => {
      waits.push(ms);
    });
    expect(waits).toEqual([1000]);
  });

  it('never retries other failures', async () => {
    const s = script([new Error('boom'), 'never']);
    await expect(withRateLimitRetry(s.attempt, undefined, async () => {})).rejects.toThrow('boom');
    expect(s.calls()).toBe(1);
  });

  describe('with a hold shared by several callers (instances)', () => {
    /** A hold and a clock the test moves: waiting moves the clock. */
    function shared() {
      const clock = { t: 1_000_000 };
      let until = 0;
      const hold: RateLimitHold = {
        until: async () => until,
        extend: async (at) => void (until = Math.max(until, at)),
      };
      const waits: number[] = [];
      const wait = async (ms: number) => {
        waits.push(ms);
        clock.t += ms;
      };
      const run = (s: ReturnType<typeof script>, maxTotalWaitMs = 10_000) =>
        withRateLimitRetry(
          s.attempt,
          { maxAttempts: 3, maxTotalWaitMs },
          wait,
          hold,
          () => clock.t,
        );
      return { clock, waits, run };
    }

    it('when a caller has waited out its 429, then the next one goes at once', async () => {
      const { waits, run } = shared();
      const first = script([limited(700), 'ok']);
      expect(await run(first)).toBe('ok');
      waits.length = 0;
      const second = script(['ok']);
      // The first caller's wait is over by now: the second goes at once.
      expect(await run(second)).toBe('ok');
      expect(waits).toEqual([]);
    });

    it('when the hold is still on, then another caller waits it out without spending a call', async () => {
      const { clock, waits, run } = shared();
      const first = script([limited(2000), 'never']);
      await expect(run(first, 0)).rejects.toBeInstanceOf(RateLimitError);
      clock.t += 500;
      const second = script(['ok']);
      expect(await run(second)).toBe('ok');
      expect(waits).toEqual([1500]);
      expect(second.calls()).toBe(1);
    });

    it('when the hold passes the budget, then a 429 at once, and ImageKit is not called', async () => {
      const { run } = shared();
      await expect(run(script([limited(8000)]), 0)).rejects.toBeInstanceOf(RateLimitError);
      const second = script(['never']);
      const refused = await run(second, 1000).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitError);
      expect((refused as RateLimitError).headers?.get('x-ratelimit-reset')).toBe('8000');
      expect(second.calls()).toBe(0);
    });
  });
});
