import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { createRateEvents } from '../db/rate-events.ts';
import { AppError } from '../errors.ts';
import { openTestDatabase, TEST_DATABASE_KIND } from '../testing/test-database.ts';
import { createUploadRateLimit } from './upload-rate-limit.ts';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
});
afterAll(() => close());

/** A limit and a second instance's, counting in one database, on a clock the test moves. */
async function limiter(files: number, windowMs: number) {
  await db.deleteFrom('rate_events').execute();
  let clock = 1_000_000;
  const events = createRateEvents(db);
  const limit = createUploadRateLimit(events, { files, windowMs }, () => clock);
  const other = createUploadRateLimit(events, { files, windowMs }, () => clock);
  return { limit, other, advance: (ms: number) => (clock += ms) };
}

async function refusal(take: () => Promise<void>): Promise<AppError> {
  try {
    await take();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(`the per-user upload limit (${TEST_DATABASE_KIND})`, () => {
  it('when a user has used the window, then 429 until the oldest upload leaves it', async () => {
    const { limit, advance } = await limiter(3, 60_000);
    await limit.take('ann', 2);
    advance(10_000);
    await limit.take('ann', 1);
    const refused = await refusal(() => limit.take('ann', 1));
    expect(refused.status).toBe(429);
    expect(refused.options.headers).toEqual({ 'Retry-After': '50' });
    expect(refused.message).toBe(
      'Upload limit reached: 3 images per minute for each user. Try again in 50 s.',
    );
    advance(50_001);
    await expect(limit.take('ann', 2)).resolves.toBeUndefined();
  });

  it('when a refused request would not fit, then none of its files count', async () => {
    const { limit } = await limiter(5, 60_000);
    await limit.take('ann', 4);
    await expect(limit.take('ann', 2)).rejects.toThrow(/Try again/);
    await expect(limit.take('ann', 1)).resolves.toBeUndefined();
  });

  it('when one request holds more files than the window, then it says so', async () => {
    const { limit } = await limiter(10, 3_600_000);
    const refused = await refusal(() => limit.take('ann', 11));
    expect(refused.message).toMatch(/10 images per hour for each user \(this request has 11\)/);
    expect(refused.options.headers).toEqual({ 'Retry-After': '3600' });
  });

  it('when one user is at the limit, then others are not', async () => {
    const { limit } = await limiter(1, 60_000);
    await limit.take('ann', 1);
    await expect(limit.take('ann', 1)).rejects.toThrow();
    await expect(limit.take('bob', 1)).resolves.toBeUndefined();
  });

  it('when a user uploads through two instances, then both count against one window', async () => {
    const { limit, other } = await limiter(3, 60_000);
    await limit.take('ann', 2);
    await other.take('ann', 1);
    await expect(limit.take('ann', 1)).rejects.toThrow(/Upload limit reached/);
  });
});
