import type { RequestHandler, Response } from 'express';
import { LibraryError } from '../library-error.ts';
import { createFixedWindow, type RateLimitState } from '../rate-limit/fixed-window.ts';
import type { RateLimit } from '../rate-limit/rate-limit-text.ts';

/** Reported while no limit is configured: clients see the headers, and a limit they never meet. */
export const UNLIMITED_REPORT: RateLimit = { limit: 10_000, intervalMs: 1000 };

export interface ApiRateLimiter {
  /** Sets the headers without counting: for answers given before the caller is known. */
  headers: RequestHandler;
  /** Counts the call against the library's limit; past it, answers 429 as ImageKit does. */
  enforce: RequestHandler;
}

/**
 * ImageKit's rate limiting of the management API: one count for the whole library (ImageKit
 * limits per account), X-RateLimit-Limit / -Reset / -Interval on every answer.
 */
export function createApiRateLimiter(
  rateLimit: RateLimit | undefined,
  clock: () => number = Date.now,
): ApiRateLimiter {
  if (!rateLimit) {
    const state = { allowed: true, ...UNLIMITED_REPORT, resetMs: 0 };
    const headers: RequestHandler = (_req, res, next) => {
      setHeaders(res, state);
      next();
    };
    return { headers, enforce: headers };
  }
  if (
    !Number.isSafeInteger(rateLimit.limit) ||
    rateLimit.limit < 1 ||
    !(rateLimit.intervalMs >= 1)
  ) {
    throw new Error('rateLimit needs a whole limit of at least 1 and an intervalMs of at least 1.');
  }
  const window = createFixedWindow(rateLimit);
  return {
    headers(_req, res, next) {
      setHeaders(res, window.peek(clock()));
      next();
    },
    enforce(_req, res, next) {
      const state = window.take(clock());
      setHeaders(res, state);
      next(state.allowed ? undefined : new LibraryError(429, 'Too many requests'));
    },
  };
}

function setHeaders(res: Response, state: RateLimitState): void {
  res.set('X-RateLimit-Limit', String(state.limit));
  res.set('X-RateLimit-Reset', String(state.resetMs));
  res.set('X-RateLimit-Interval', String(state.intervalMs));
}
