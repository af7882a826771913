import { describe, expect, it } from 'vitest';
import type { Region } from './coordinates.ts';
import { regionProblems } from './coordinates.ts';
import {
  conformToAspect,
  hasAspect,
  parseAspect,
  resizeWithAspect,
  snapToAspect,
} from './region-aspect.ts';

const LANDSCAPE = { width: 3600, height: 2400 };
const PORTRAIT = { width: 1080, height: 1350 };

const contains = (outer: Region, inner: Region) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

describe('parseAspect', () => {
  it.each([
    ['16:9', 16 / 9],
    ['4/5', 0.8],
    [' 3 : 2 ', 1.5],
    ['4 x 5', 0.8],
    ['1.91:1', 1.91],
    ['1.5', 1.5],
    ['1', 1],
    ['0:1', null],
    ['16:0', null],
    ['-1:2', null],
    ['abc', null],
    ['', null],
    ['100:1', null],
    ['1:100', null],
  ])('%j → %s', (text, ratio) => {
    const parsed = parseAspect(text);
    if (ratio === null) expect(parsed).toBeNull();
    else expect(parsed).toBeCloseTo(ratio, 10);
  });
});

describe('conformToAspect', () => {
  it.each([
    {
      name: 'a wide region made square grows in height around its centre',
      region: { x: 1000, y: 1000, width: 800, height: 400 },
      ratio: 1,
      image: LANDSCAPE,
      expected: { x: 1000, y: 800, width: 800, height: 800 },
    },
    {
      name: 'a tall region made 16:9 grows in width around its centre',
      region: { x: 1000, y: 500, width: 300, height: 900 },
      ratio: 16 / 9,
      image: LANDSCAPE,
      expected: { x: 350, y: 500, width: 1600, height: 900 },
    },
    {
      name: 'near the edge it moves back inside the image',
      region: { x: 3400, y: 0, width: 200, height: 400 },
      ratio: 1,
      image: LANDSCAPE,
      expected: { x: 3200, y: 0, width: 400, height: 400 },
    },
    {
      name: 'when containing it would not fit, it takes the biggest that fits',
      region: { x: 0, y: 0, width: 3600, height: 2400 },
      ratio: 1,
      image: LANDSCAPE,
      expected: { x: 600, y: 0, width: 2400, height: 2400 },
    },
    {
      name: 'a region a little too narrow for 4:5 widens just enough',
      region: { x: 100, y: 100, width: 880, height: 1150 },
      ratio: 0.8,
      image: PORTRAIT,
      expected: { x: 80, y: 100, width: 920, height: 1150 },
    },
  ])('$name', ({ region, ratio, image, expected }) => {
    const result = conformToAspect(region, ratio, image);
    expect(result).toEqual(expected);
    expect(regionProblems(result, image)).toEqual([]);
    expect(hasAspect(result, ratio)).toBe(true);
  });

  it('keeps everything marked whenever the image has room', () => {
    for (const ratio of [1, 0.8, 1.5, 16 / 9, 2.35]) {
      for (const region of [
        { x: 10, y: 20, width: 500, height: 300 },
        { x: 2000, y: 1500, width: 100, height: 700 },
        { x: 3000, y: 2000, width: 600, height: 400 },
      ]) {
        const result = conformToAspect(region, ratio, LANDSCAPE);
        expect(hasAspect(result, ratio), `${ratio}`).toBe(true);
        expect(regionProblems(result, LANDSCAPE)).toEqual([]);
        expect(contains(result, region), `${ratio} ${JSON.stringify(region)}`).toBe(true);
      }
    }
  });
});

describe('resizeWithAspect', () => {
  it.each([
    {
      name: 'typing a width sets the height from it',
      region: { x: 100, y: 100, width: 400, height: 400 },
      side: 'width' as const,
      value: 1600,
      ratio: 16 / 9,
      expected: { x: 100, y: 100, width: 1600, height: 900 },
    },
    {
      name: 'typing a height sets the width from it',
      region: { x: 100, y: 100, width: 400, height: 400 },
      side: 'height' as const,
      value: 1000,
      ratio: 0.8,
      expected: { x: 100, y: 100, width: 800, height: 1000 },
    },
    {
      name: 'rounds the other side to the nearest pixel',
      region: { x: 0, y: 0, width: 10, height: 10 },
      side: 'width' as const,
      value: 1001,
      ratio: 16 / 9,
      expected: { x: 0, y: 0, width: 1001, height: 563 },
    },
    {
      name: 'a width that would push the height past the bottom is capped',
      region: { x: 0, y: 2000, width: 100, height: 100 },
      side: 'width' as const,
      value: 3000,
      ratio: 1,
      expected: { x: 0, y: 2000, width: 400, height: 400 },
    },
    {
      name: 'a width past the right edge is capped',
      region: { x: 3000, y: 0, width: 100, height: 100 },
      side: 'width' as const,
      value: 5000,
      ratio: 1.5,
      expected: { x: 3000, y: 0, width: 600, height: 400 },
    },
    {
      name: 'never below one pixel',
      region: { x: 0, y: 0, width: 100, height: 100 },
      side: 'height' as const,
      value: 0,
      ratio: 1,
      expected: { x: 0, y: 0, width: 1, height: 1 },
    },
  ])('$name', ({ region, side, value, ratio, expected }) => {
    const result = resizeWithAspect(region, side, value, ratio, LANDSCAPE);
    expect(result).toEqual(expected);
    expect(regionProblems(result, LANDSCAPE)).toEqual([]);
  });
});

describe('snapToAspect', () => {
  it.each([
    {
      name: 'a drag one pixel off the ratio is put back on it',
      region: { x: 10, y: 10, width: 1600, height: 901 },
      expected: { x: 10, y: 10, width: 1600, height: 900 },
    },
    {
      name: 'a region already on the ratio is left alone',
      region: { x: 10, y: 10, width: 1001, height: 563 },
      expected: { x: 10, y: 10, width: 1001, height: 563 },
    },
  ])('$name', ({ region, expected }) => {
    expect(snapToAspect(region, 16 / 9, LANDSCAPE)).toEqual(expected);
  });
});
