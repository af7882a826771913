import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './iso-date.ts';
import { parseSearchDate, parseSize } from './search-values.ts';

describe('parseSize', () => {
  const cases: [string, number | null][] = [
    ['2048', 2048],
    ['0', 0],
    ['10b', 10],
    ['10kb', 10 * 1024],
    ['1mb', 1024 * 1024],
    ['1MB', 1024 * 1024],
    ['1.5mb', 1.5 * 1024 * 1024],
    [' 2 gb ', 2 * 1024 ** 3],
    ['mb', null],
    ['1tb', null],
    ['-1kb', null],
    ['1,5mb', null],
    ['', null],
  ];
  it.each(cases)('%j', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});

describe('parseIsoDate', () => {
  const day = 24 * 3600 * 1000;
  const cases: [string, { time: number; spanMs: number } | null][] = [
    ['2020-01-01', { time: Date.UTC(2020, 0, 1), spanMs: day }],
    ['2020-01-01T12:12:12', { time: Date.UTC(2020, 0, 1, 12, 12, 12), spanMs: 1000 }],
    ['2020-01-01 12:12:12', { time: Date.UTC(2020, 0, 1, 12, 12, 12), spanMs: 1000 }],
    ['2020-01-01T12:12', { time: Date.UTC(2020, 0, 1, 12, 12), spanMs: 60_000 }],
    ['2020-01-01T12:12:12.5Z', { time: Date.UTC(2020, 0, 1, 12, 12, 12, 500), spanMs: 1 }],
    ['2020-01-01T12:00:00+02:00', { time: Date.UTC(2020, 0, 1, 10), spanMs: 1000 }],
    ['2020-01-01T12:00:00-0130', { time: Date.UTC(2020, 0, 1, 13, 30), spanMs: 1000 }],
    ['2024-02-29', { time: Date.UTC(2024, 1, 29), spanMs: day }],
    ['2023-02-29', null],
    ['2020-13-01', null],
    ['2020-01-01T24:00:00', null],
    ['2020-1-1', null],
    ['01/02/2020', null],
    ['yesterday', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });
});

describe('parseSearchDate', () => {
  const now = Date.UTC(2024, 2, 31, 15, 30);
  const at = (iso: string) => {
    const start = Date.parse(iso);
    return { start, end: start + 1 };
  };
  const cases: [string, { start: number; end: number } | null][] = [
    ['1h', at('2024-03-31T14:30:00Z')],
    ['2d', at('2024-03-29T15:30:00Z')],
    ['3w', at('2024-03-10T15:30:00Z')],
    ['1m', at('2024-02-29T15:30:00Z')],
    ['13m', at('2023-02-28T15:30:00Z')],
    ['2y', at('2022-03-31T15:30:00Z')],
    ['0d', at('2024-03-31T15:30:00Z')],
    [
      '2020-01-01',
      { start: Date.parse('2020-01-01T00:00:00Z'), end: Date.parse('2020-01-02T00:00:00Z') },
    ],
    ['7x', null],
    ['d', null],
    ['1.5d', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseSearchDate(text, now)).toEqual(expected);
  });
});
