import { describe, expect, it } from 'vitest';
import type { Region, Size } from '../files/region.ts';
import { centredWindow, focusWindow, type Rect } from './focus-window.ts';

const image: Size = { width: 1000, height: 500 };
const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
});

describe('focusWindow', () => {
  const cases: [string, Region, number, Rect][] = [
    [
      'a square region, square target: the region itself',
      { x: 100, y: 100, width: 200, height: 200 },
      1,
      rect(100, 100, 200, 200),
    ],
    [
      'a wide region, square target: grows in height around it',
      { x: 400, y: 200, width: 200, height: 100 },
      1,
      rect(400, 150, 200, 200),
    ],
    [
      'a tall region, wide target: grows in width around it',
      { x: 450, y: 100, width: 100, height: 200 },
      2,
      rect(300, 100, 400, 200),
    ],
    [
      'near the left edge: moved inside, not shrunk',
      { x: 0, y: 200, width: 50, height: 100 },
      2,
      rect(0, 200, 200, 100),
    ],
    [
      'near the bottom-right corner: moved inside',
      { x: 950, y: 450, width: 50, height: 50 },
      1,
      rect(950, 450, 50, 50),
    ],
    [
      'at the bottom edge, wide target grows up',
      { x: 500, y: 480, width: 100, height: 20 },
      1,
      rect(500, 400, 100, 100),
    ],
    [
      'too big for the ratio: the largest window, centred on the region',
      { x: 0, y: 0, width: 1000, height: 500 },
      1,
      rect(250, 0, 500, 500),
    ],
    [
      'region on the right, largest square: kept inside',
      { x: 800, y: 0, width: 200, height: 500 },
      1,
      rect(500, 0, 500, 500),
    ],
    [
      'a 1-pixel region: a 1-pixel-tall window for a 4:1 target',
      { x: 10, y: 10, width: 1, height: 1 },
      4,
      rect(9, 10, 4, 1),
    ],
  ];
  it.each(cases)('%s', (_name, region, aspect, expected) => {
    const window = focusWindow(image, region, aspect);
    expect(window).toEqual(expected);
    expect(window.left + window.width).toBeLessThanOrEqual(image.width);
    expect(window.top + window.height).toBeLessThanOrEqual(image.height);
  });
});

describe('centredWindow', () => {
  const cases: [number, Rect][] = [
    [1, rect(250, 0, 500, 500)],
    [2, rect(0, 0, 1000, 500)],
    [4, rect(0, 125, 1000, 250)],
    [0.5, rect(375, 0, 250, 500)],
  ];
  it.each(cases)('aspect %d', (aspect, expected) => {
    expect(centredWindow(image, aspect)).toEqual(expected);
  });
});
