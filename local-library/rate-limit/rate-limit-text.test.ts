import { describe, expect, it } from 'vitest';
import { parseRateLimit } from './rate-limit-text.ts';

describe('parseRateLimit', () => {
  const valid: [string, { limit: number; intervalMs: number }][] = [
    ['10/1s', { limit: 10, intervalMs: 1000 }],
    ['10/s', { limit: 10, intervalMs: 1000 }],
    ['100/1m', { limit: 100, intervalMs: 60_000 }],
    ['1000/15m', { limit: 1000, intervalMs: 900_000 }],
    ['5/500ms', { limit: 5, intervalMs: 500 }],
    ['2/1h', { limit: 2, intervalMs: 3_600_000 }],
    [' 3 / 2 s ', { limit: 3, intervalMs: 2000 }],
  ];
  it.each(valid)('reads %j', (text, expected) => {
    expect(parseRateLimit(text)).toEqual(expected);
  });

  it.each([
    '',
    'off',
    '10',
    '10/',
    '/1s',
    '0/1s',
    '10/0s',
    '-1/1s',
    '1.5/1s',
    '10/1d',
    '10 per second',
  ])('refuses %j with a message that says how to write one', (text) => {
    expect(() => parseRateLimit(text)).toThrow(
      `"${text}" is not a rate limit; write requests per interval such as "10/1s", "100/1m" or "5/500ms" (at least 1 request, units ms, s, m or h).`,
    );
  });
});
