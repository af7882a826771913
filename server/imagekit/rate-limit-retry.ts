import { APIError, RateLimitError } from '@imagekit/nodejs';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** The most time spent waiting between tries, summed; a wait that would pass it is not started. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, maxTotalWaitMs: 10_000 };

// ImageKit documents X-RateLimit-Reset on every 429; when it is missing we still back off.
const FALLBACK_WAIT_MS = 1000;

/** How long ImageKit asks us to wait, from `X-RateLimit-Reset` (milliseconds). */
export function rateLimitWaitMs(error: unknown): number | null {
  if (!(error instanceof APIError) || error.status !== 429) return null;
  const header = error.headers?.get('x-ratelimit-reset');
  const reset = header ? Number(header) : NaN;
  return Number.isFinite(reset) && reset >= 0 ? reset : FALLBACK_WAIT_MS;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Until when ImageKit has asked us to wait, as every instance on one database knows it: a 429
 * one instance receives holds back the calls of the others too, instead of each spending its
 * own requests to learn the same thing.
 */
export interface RateLimitHold {
  /** The time (ms since the epoch) before which no call should go; 0 or past when none. */
  until(): Promise<number>;
  /** Holds every call back until `at`. */
  extend(at: number): Promise<void>;
}

/** What a call held back past its budget throws: ImageKit's own 429, as if it had answered. */
function heldBack(waitMs: number): RateLimitError {
  const message = 'Too many requests: ImageKit asked this server to wait';
  return new RateLimitError(
    429,
    { message },
    message,
    new Headers({ 'X-RateLimit-Reset': String(Math.ceil(waitMs)) }),
  );
}

/**
 * Retries only rate-limited calls, after the wait ImageKit names, within a bound. A 429 means the
 * request was not processed, so retrying even a PATCH cannot apply it twice. Other failures are
 * not retried here: a blind retry of a timed-out write could. With a `hold`, a call first waits
 * out a 429 that another caller (or instance) received, within the same bound, and a 429 this
 * call receives holds back the others.
 */
export async function withRateLimitRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  wait: (ms: number) => Promise<void> = sleep,
  hold?: RateLimitHold,
  now: () => number = Date.now,
): Promise<T> {
  let waited = 0;
  for (let tries = 1; ; tries++) {
    const ahead = hold ? (await hold.until()) - now() : 0;
    if (ahead > 0) {
      if (waited + ahead > policy.maxTotalWaitMs) throw heldBack(ahead);
      waited += ahead;
      await wait(ahead);
    }
    try {
      return await attempt();
    } catch (error) {
      const waitMs = rateLimitWaitMs(error);
      if (waitMs !== null) await hold?.extend(now() + waitMs);
      if (
        waitMs === null ||
        tries >= policy.maxAttempts ||
        waited + waitMs > policy.maxTotalWaitMs
      ) {
        throw error;
      }
      waited += waitMs;
      await wait(waitMs);
    }
  }
}
