import { describe, expect, it } from 'vitest';
import {
  CustomCoordinatesSchema,
  formatCoordinates,
  parseCoordinates,
  regionProblems,
} from './coordinates.ts';

describe('parseCoordinates', () => {
  it.each([
    ['10,20,300,400', { x: 10, y: 20, width: 300, height: 400 }],
    ['0,0,1,1', { x: 0, y: 0, width: 1, height: 1 }],
    ['10, 20,300,400', null],
    ['10,20,300', null],
    ['10,20,300,400,5', null],
    ['-1,0,10,10', null],
    ['1.5,0,10,10', null],
    ['1e3,0,10,10', null],
    ['', null],
    ['0x10,0,10,10', null],
    ['1234567,0,1,1', null],
  ])('%j → %j', (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });

  it('formats back to the same text', () => {
    expect(formatCoordinates(parseCoordinates('7,8,9,10')!)).toBe('7,8,9,10');
  });
});

describe('regionProblems', () => {
  const image = { width: 800, height: 600 };
  it.each([
    { region: { x: 0, y: 0, width: 800, height: 600 }, count: 0 },
    { region: { x: 799, y: 599, width: 1, height: 1 }, count: 0 },
    { region: { x: 1, y: 0, width: 800, height: 600 }, count: 1 },
    { region: { x: 0, y: 1, width: 800, height: 600 }, count: 1 },
    { region: { x: 900, y: 700, width: 10, height: 10 }, count: 2 },
    { region: { x: 0, y: 0, width: 0, height: 10 }, count: 1 },
    { region: { x: -1, y: 0, width: 10, height: 10 }, count: 1 },
    { region: { x: 0.5, y: 0, width: 10, height: 10 }, count: 1 },
  ])('$region → $count problem(s)', ({ region, count }) => {
    expect(regionProblems(region, image)).toHaveLength(count);
  });
});

describe('CustomCoordinatesSchema', () => {
  it.each(['1,2,3,4', '0,0,1,1'])('accepts %j', (text) => {
    expect(CustomCoordinatesSchema.safeParse(text).success).toBe(true);
  });
  it.each(['0,0,0,1', '0,0,1,0', 'a,b,c,d', '1,2,3', 42, null])('rejects %j', (value) => {
    expect(CustomCoordinatesSchema.safeParse(value).success).toBe(false);
  });
});
