/** How many management API calls the library answers per interval, as ImageKit counts them. */
export interface RateLimit {
  limit: number;
  intervalMs: number;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Reads "10/1s", "100/1m", "5/500ms" or "1000/15m" (also "10/s"): requests per interval with
 * the unit ms, s, m or h. Throws an Error saying what is wrong, for config to report.
 */
export function parseRateLimit(text: string): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*(\d+)?\s*(ms|s|m|h)\s*$/.exec(text);
  const limit = Number(match?.[1]);
  const intervalMs = Number(match?.[2] ?? 1) * (UNIT_MS[match?.[3] ?? ''] ?? Number.NaN);
  if (!match || !Number.isSafeInteger(limit) || limit < 1 || !(intervalMs >= 1)) {
    throw new Error(
      `"${text}" is not a rate limit; write requests per interval such as "10/1s", "100/1m" or "5/500ms" (at least 1 request, units ms, s, m or h).`,
    );
  }
  return { limit, intervalMs };
}
