import { APIError } from '@imagekit/nodejs';

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
 * Retries only rate-limited calls, after the wait ImageKit names, within a bound. A 429 means the
 * request was not processed, so retrying even a PATCH cannot apply it twice. Other failures are
 * not retried here: a blind retry of a timed-out write could.
 */
export async function withRateLimitRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  let waited = 0;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const waitMs = rateLimitWaitMs(error);
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
