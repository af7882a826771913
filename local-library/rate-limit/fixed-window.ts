import type { RateLimit } from './rate-limit-text.ts';

/** What the X-RateLimit-* headers say after a request was counted (or refused). */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  intervalMs: number;
  /** Milliseconds until a request may succeed: 0 while there is room in the window. */
  resetMs: number;
}

export interface FixedWindow {
  /** Counts one request at `now` (epoch ms) if there is room. */
  take(now: number): RateLimitState;
  /** The state at `now` without counting anything. */
  peek(now: number): RateLimitState;
}

/**
 * A fixed window that opens with the first request after the previous one closed. Refused
 * requests are not counted, so a client that waits `resetMs` always gets through.
 */
export function createFixedWindow({ limit, intervalMs }: RateLimit): FixedWindow {
  let windowStart = Number.NEGATIVE_INFINITY;
  let used = 0;

  function roll(now: number): void {
    if (now >= windowStart + intervalMs) {
      windowStart = now;
      used = 0;
    }
  }

  function state(now: number, allowed: boolean): RateLimitState {
    const resetMs = used < limit ? 0 : Math.max(1, windowStart + intervalMs - now);
    return { allowed, limit, intervalMs, resetMs };
  }

  return {
    take(now) {
      roll(now);
      if (used >= limit) return state(now, false);
      used += 1;
      return state(now, true);
    },
    peek(now) {
      if (now >= windowStart + intervalMs) return { allowed: true, limit, intervalMs, resetMs: 0 };
      return state(now, used < limit);
    },
  };
}
