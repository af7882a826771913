const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** A count as the app's English text writes it: 1,000. */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
