const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant and how much of time the text named: a whole day for a bare date, and so on. */
export interface IsoDate {
  time: number;
  spanMs: number;
}

/**
 * Reads the ISO 8601 forms ImageKit's docs use: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS` (also with a
 * space, minutes only, milliseconds or a zone). Without a zone the time is UTC, as ImageKit says.
 */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, zone] = match;
  const parts = [y, mo, d, h, mi, s].map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, day, hour, minute, second] = parts;
  const millis = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(utc);
  // Date.UTC rolls 2020-02-30 over to March; a date that does not round-trip does not exist.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const spanMs = h === undefined ? DAY_MS : s === undefined ? 60_000 : ms === undefined ? 1000 : 1;
  return { time: utc - zoneOffsetMs(zone), spanMs };
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
