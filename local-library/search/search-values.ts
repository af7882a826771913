import { parseIsoDate } from './iso-date.ts';

/** A span of time, [start, end) in epoch milliseconds. */
export interface TimeRange {
  start: number;
  end: number;
}

/**
 * Sizes are binary: 1kb = 1024 bytes, 1mb = 1024 kb. ImageKit's docs give "1mb" and "10kb"
 * without saying which they mean; this is the choice here, and the README says so.
 */
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "1mb", "10kb", "1.5MB", "2048" (bytes) → bytes; null when it is not a size. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
  if (!match) return null;
  const unit = SIZE_UNITS[(match[2] ?? 'b').toLowerCase()]!;
  return Math.round(Number(match[1]) * unit);
}

const RELATIVE = /^(\d+)(h|d|w|m|y)$/;

/**
 * A searchQuery date: an ISO 8601 date (the whole span it names, e.g. a day) or a relative unit,
 * `1h` / `2d` / `3w` / `4m` (months) / `2y` before `now`, which is an instant.
 */
export function parseSearchDate(text: string, now: number): TimeRange | null {
  const relative = RELATIVE.exec(text.trim());
  if (relative) {
    const start = before(now, Number(relative[1]), relative[2] as 'h' | 'd' | 'w' | 'm' | 'y');
    return { start, end: start + 1 };
  }
  const date = parseIsoDate(text);
  return date && { start: date.time, end: date.time + date.spanMs };
}

function before(now: number, amount: number, unit: 'h' | 'd' | 'w' | 'm' | 'y'): number {
  const hour = 60 * 60 * 1000;
  switch (unit) {
    case 'h':
      return now - amount * hour;
    case 'd':
      return now - amount * 24 * hour;
    case 'w':
      return now - amount * 7 * 24 * hour;
    case 'm':
    case 'y': {
      // Calendar months and years: "1m" on 31 March is the last day of February, not 3 March.
      const date = new Date(now);
      const months = unit === 'm' ? amount : amount * 12;
      const day = date.getUTCDate();
      date.setUTCDate(1);
      date.setUTCMonth(date.getUTCMonth() - months);
      const lastDay = new Date(
        Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0),
      ).getUTCDate();
      date.setUTCDate(Math.min(day, lastDay));
      return date.getTime();
    }
  }
}
