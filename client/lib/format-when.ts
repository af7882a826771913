const WHEN_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO 8601 time as the reader's locale writes a date with its time. */
export function formatWhen(iso: string): string {
  return WHEN_FORMAT.format(new Date(iso));
}
