import { RateLimitError } from '@imagekit/nodejs';
import { describe, expect, it } from 'vitest';
import { withRateLimitRetry } from './rate-limit-retry.ts';

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
});
