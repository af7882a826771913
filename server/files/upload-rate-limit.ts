import type { RequestHandler } from 'express';
import type { UploadRateLimit } from '../config.ts';
import type { RateEvents } from '../db/rate-events.ts';
import { AppError } from '../errors.ts';

function windowText(ms: number): string {
  if (ms % 3_600_000 === 0) return ms === 3_600_000 ? 'hour' : `${ms / 3_600_000} hours`;
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`;
  return `${ms / 1000} s`;
}

const SCOPE = 'upload';

/**
 * Files uploaded per user over a sliding window (UPLOAD_RATE_LIMIT, 300 an hour by default):
 * every file of a batch counts, refused ones included, since each costs the server its bytes.
 * Counted in the database, so every instance behind a load balancer counts the same uploads.
 * Two requests checked at the same moment on two instances can both fit; the limit is a guard
 * against floods, not an exact quota.
 */
export function createUploadRateLimit(
  events: RateEvents,
  rule: UploadRateLimit,
  now: () => number = Date.now,
) {
  /** Milliseconds until `files` more fit in the user's window; 0 when they fit now. */
  async function waitMs(user: string, files: number): Promise<number> {
    const times = await events.since(SCOPE, user, now() - rule.windowMs);
    const over = times.length + files - rule.files;
    if (over <= 0) return 0;
    // More than a whole window holds can never fit: wait out the window and send fewer.
    if (files > rule.files) return rule.windowMs;
    return times[over - 1]! + rule.windowMs - now();
  }

  function refuse(wait: number, files: number): AppError {
    const seconds = Math.max(1, Math.ceil(wait / 1000));
    const room = files > rule.files ? ` (this request has ${files})` : '';
    return new AppError(
      429,
      'rate_limited',
      `Upload limit reached: ${rule.files} images per ${windowText(rule.windowMs)} for each user${room}. Try again in ${seconds} s.`,
      { headers: { 'Retry-After': String(seconds) } },
    );
  }

  return {
    /** Before the body is read: a user with no room left is refused without costing a byte. */
    beforeBody: (async (req, _res, next) => {
      const wait = await waitMs(req.session!.user.username, 1);
      if (wait > 0) throw refuse(wait, 1);
      next();
    }) satisfies RequestHandler,

    /** Counts `files` uploads for the user, or throws 429 (counting nothing) when they do not fit. */
    async take(user: string, files: number): Promise<void> {
      const wait = await waitMs(user, files);
      if (wait > 0) throw refuse(wait, files);
      await events.add(SCOPE, user, now(), files);
    },
  };
}

export type UploadRateLimiter = ReturnType<typeof createUploadRateLimit>;
