import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { createUploadRateLimit } from './upload-rate-limit.ts';

function limiter(files: number, windowMs: number) {
  let clock = 1_000_000;
  const limit = createUploadRateLimit({ files, windowMs }, () => clock);
  return { limit, advance: (ms: number) => (clock += ms) };
}

function refusal(take: () => void): AppError {
  try {
    take();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the per-user upload limit', () => {
  it('when a user has used the window, then 429 until the oldest upload leaves it', () => {
    const { limit, advance } = limiter(3, 60_000);
    limit.take('ann', 2);
    advance(10_000);
    limit.take('ann', 1);
    const refused = refusal(() => limit.take('ann', 1));
    expect(refused.status).toBe(429);
    expect(refused.options.headers).toEqual({ 'Retry-After': '50' });
    expect(refused.message).toBe(
      'Upload limit reached: 3 images per minute for each user. Try again in 50 s.',
    );
    advance(50_001);
    expect(() => limit.take('ann', 2)).not.toThrow();
  });

  it('when a refused request would not fit, then none of its files count', () => {
    const { limit } = limiter(5, 60_000);
    limit.take('ann', 4);
    expect(() => limit.take('ann', 2)).toThrow(/Try again/);
    expect(() => limit.take('ann', 1)).not.toThrow();
  });

  it('when one request holds more files than the window, then it says so', () => {
    const { limit } = limiter(10, 3_600_000);
    const refused = refusal(() => limit.take('ann', 11));
    expect(refused.message).toMatch(/10 images per hour for each user \(this request has 11\)/);
    expect(refused.options.headers).toEqual({ 'Retry-After': '3600' });
  });

  it('when one user is at the limit, then others are not', () => {
    const { limit } = limiter(1, 60_000);
    limit.take('ann', 1);
    expect(() => limit.take('ann', 1)).toThrow();
    expect(() => limit.take('bob', 1)).not.toThrow();
  });
});
