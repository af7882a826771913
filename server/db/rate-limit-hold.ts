import type { RateLimitHold } from '../imagekit/rate-limit-retry.ts';
import type { RateEvents } from './rate-events.ts';

const SCOPE = 'imagekit-hold';
const KEY = 'until';

/**
 * ImageKit's "wait until" kept with the throttles' events, so that every instance on one
 * database holds back once any of them is told to wait. Each 429 adds its time; the latest
 * counts, and the hourly sweep forgets old ones.
 */
export function createRateLimitHold(events: RateEvents, now: () => number = Date.now) {
  return {
    async until() {
      const times = await events.since(SCOPE, KEY, now());
      return times.at(-1) ?? 0;
    },
    extend: (at: number) => events.add(SCOPE, KEY, at),
  } satisfies RateLimitHold;
}
