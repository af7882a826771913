import { describe, expect, it } from 'vitest';
import { applyField, defaultRegion, describeRegion, parseWholeNumber } from './region-numbers.ts';

const image = { width: 3600, height: 2400 };
const region = { x: 100, y: 200, width: 800, height: 600 };

describe('applyField', () => {
  it.each([
    ['x in range', 'x', 500, { ...region, x: 500 }, null],
    [
      'x past the edge',
      'x',
      3000,
      { ...region, x: 2800 },
      'X can be at most 2800 here (the image is 3600 × 2400 px); using 2800.',
    ],
    ['x negative', 'x', -5, { ...region, x: 0 }, 'X cannot be less than 0; using 0.'],
    ['y in range', 'y', 0, { ...region, y: 0 }, null],
    ['width to the edge', 'width', 3500, { ...region, width: 3500 }, null],
    [
      'width too big',
      'width',
      5000,
      { ...region, width: 3500 },
      'Width can be at most 3500 here (the image is 3600 × 2400 px); using 3500.',
    ],
    ['width zero', 'width', 0, { ...region, width: 1 }, 'Width cannot be less than 1; using 1.'],
    [
      'height too big',
      'height',
      2300,
      { ...region, height: 2200 },
      'Height can be at most 2200 here (the image is 3600 × 2400 px); using 2200.',
    ],
  ] as const)('%s', (_name, field, value, expected, note) => {
    expect(applyField(region, field, value, image)).toEqual({ region: expected, note });
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['120', 120],
    [' 7 ', 7],
    ['-3', -3],
    ['0', 0],
    ['', null],
    ['12.5', null],
    ['1e3', null],
    ['abc', null],
    ['9999999999', null],
  ])('%j → %j', (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });
});

describe('defaultRegion', () => {
  it.each([
    [image, { x: 900, y: 600, width: 1800, height: 1200 }],
    [
      { width: 5, height: 3 },
      { x: 1, y: 0, width: 3, height: 2 },
    ],
    [
      { width: 1, height: 1 },
      { x: 0, y: 0, width: 1, height: 1 },
    ],
  ])('%j', (size, expected) => {
    expect(defaultRegion(size)).toEqual(expected);
  });
});

describe('describeRegion', () => {
  it.each([
    [null, 'No region'],
    [{ x: 120, y: 40, width: 800, height: 600 }, 'x 120, y 40, 800 × 600 px'],
  ])('%j → %s', (value, expected) => {
    expect(describeRegion(value)).toBe(expected);
  });
});

describe('applyField with an aspect ratio locked', () => {
  const image = { width: 3600, height: 2400 };
  const base = { x: 100, y: 100, width: 400, height: 400 };
  it.each([
    {
      field: 'width' as const,
      value: 1600,
      region: { ...base, width: 1600, height: 900 },
      note: null,
    },
    {
      field: 'height' as const,
      value: 450,
      region: { ...base, width: 800, height: 450 },
      note: null,
    },
    {
      field: 'width' as const,
      value: 9000,
      region: { ...base, width: 3500, height: 1969 },
      note: 'Width can be at most 3500 here with the aspect ratio held; using 3500.',
    },
    { field: 'x' as const, value: 7, region: { ...base, x: 7 }, note: null },
  ])('$field = $value', ({ field, value, region, note }) => {
    expect(applyField(base, field, value, image, 16 / 9)).toEqual({ region, note });
  });
});
