import { describe, expect, it } from 'vitest';
import { scaleRegion } from './region-math.ts';

const SQUARE = { width: 2000, height: 2000 };
const LANDSCAPE = { width: 3600, height: 2400 };
const PORTRAIT = { width: 1200, height: 1600 };

describe('scaleRegion ("same as previous": the previous image’s region on this one)', () => {
  it.each([
    {
      why: 'same size: unchanged',
      region: { x: 120, y: 40, width: 800, height: 600 },
      from: LANDSCAPE,
      to: LANDSCAPE,
      expected: { x: 120, y: 40, width: 800, height: 600 },
    },
    {
      why: 'twice the size: everything doubles',
      region: { x: 100, y: 50, width: 400, height: 300 },
      from: { width: 1800, height: 1200 },
      to: LANDSCAPE,
      expected: { x: 200, y: 100, width: 800, height: 600 },
    },
    {
      why: 'half the size, odd numbers: edges round to whole pixels',
      region: { x: 101, y: 51, width: 401, height: 301 },
      from: LANDSCAPE,
      to: { width: 1800, height: 1200 },
      expected: { x: 51, y: 26, width: 200, height: 150 },
    },
    {
      why: 'square to portrait: each axis keeps its own share of the frame',
      region: { x: 500, y: 500, width: 1000, height: 1000 },
      from: SQUARE,
      to: PORTRAIT,
      expected: { x: 300, y: 400, width: 600, height: 800 },
    },
    {
      why: 'touching the right and bottom edges: still touching them',
      region: { x: 1001, y: 999, width: 2599, height: 1401 },
      from: LANDSCAPE,
      to: { width: 1001, height: 667 },
      expected: { x: 278, y: 278, width: 723, height: 389 },
    },
    {
      why: 'the whole image: the whole new image',
      region: { x: 0, y: 0, width: 3600, height: 2400 },
      from: LANDSCAPE,
      to: PORTRAIT,
      expected: { x: 0, y: 0, width: 1200, height: 1600 },
    },
    {
      why: 'one pixel onto a much smaller image: still at least 1 × 1',
      region: { x: 3599, y: 2399, width: 1, height: 1 },
      from: LANDSCAPE,
      to: { width: 36, height: 24 },
      expected: { x: 35, y: 23, width: 1, height: 1 },
    },
  ])('$why', ({ region, from, to, expected }) => {
    expect(scaleRegion(region, from, to)).toEqual(expected);
  });

  it('when the region does not fit its own image (a stale region), then the result still fits', () => {
    const scaled = scaleRegion({ x: 0, y: 0, width: 5000, height: 5000 }, LANDSCAPE, PORTRAIT);
    expect(scaled).toEqual({ x: 0, y: 0, width: 1200, height: 1600 });
  });
});
