import type { RequestHandler } from 'express';
import type { UploadRateLimit } from '../config.ts';
import { AppError } from '../errors.ts';

// Bounds memory however many accounts upload; the oldest forgotten first.
const MAX_USERS = 10_000;

function windowText(ms: number): string {
  if (ms % 3_600_000 === 0) return ms === 3_600_000 ? 'hour' : `${ms / 3_600_000} hours`;
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`;
  return `${ms / 1000} s`;
}

/**
 * Files uploaded per user over a sliding window (UPLOAD_RATE_LIMIT, 300 an hour by default):
 * every file of a batch counts, refused ones included, since each costs the server its bytes.
 * Kept in memory, like the sign-in throttle: one server's count, forgotten at a restart.
 */
export function createUploadRateLimit(rule: UploadRateLimit, now: () => number = Date.now) {
  const uploads = new Map<string, number[]>();

  function recent(user: string): number[] {
    const since = now() - rule.windowMs;
    const times = (uploads.get(user) ?? []).filter((t) => t > since);
    uploads.delete(user);
    if (times.length > 0) uploads.set(user, times);
    return times;
  }

  /** Milliseconds until `files` more fit in the user's window; 0 when they fit now. */
  function waitMs(user: string, files: number): number {
    const times = recent(user);
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
    beforeBody: ((req, _res, next) => {
      const wait = waitMs(req.session!.user.username, 1);
      if (wait > 0) throw refuse(wait, 1);
      next();
    }) satisfies RequestHandler,

    /** Counts `files` uploads for the user, or throws 429 (counting nothing) when they do not fit. */
    take(user: string, files: number): void {
      const wait = waitMs(user, files);
      if (wait > 0) throw refuse(wait, files);
      if (!uploads.has(user) && uploads.size >= MAX_USERS) {
        uploads.delete(uploads.keys().next().value!);
      }
      const at = now();
      uploads.set(user, [...(uploads.get(user) ?? []), ...Array<number>(files).fill(at)]);
    },
  };
}

export type UploadRateLimiter = ReturnType<typeof createUploadRateLimit>;
