import { describe, expect, it } from 'vitest';
import {
  clampRegion,
  displayedToOriginal,
  originalToDisplayed,
  originalToPercent,
  percentToOriginal,
} from './region-math.ts';

const LANDSCAPE = { width: 3600, height: 2400 };
const PORTRAIT = { width: 3200, height: 4000 };
const TINY = { width: 3, height: 2 };

describe('displayedToOriginal', () => {
  it.each([
    {
      name: 'landscape shown at 900 px wide scales by 4',
      displayed: { width: 900, height: 600 },
      original: LANDSCAPE,
      region: { x: 100, y: 50, width: 200, height: 150 },
      expected: { x: 400, y: 200, width: 800, height: 600 },
    },
    {
      name: 'portrait shown at 400 px wide scales by 8',
      displayed: { width: 400, height: 500 },
      original: PORTRAIT,
      region: { x: 10.2, y: 20.7, width: 100, height: 100 },
      expected: { x: 82, y: 166, width: 800, height: 800 },
    },
    {
      name: 'a region reaching the far edge on screen reaches it in the original',
      displayed: { width: 700, height: 467 },
      original: { width: 3000, height: 2000 },
      region: { x: 350, y: 233.5, width: 350, height: 233.5 },
      expected: { x: 1500, y: 1000, width: 1500, height: 1000 },
    },
    {
      name: 'overflow past the right and bottom edges is clamped',
      displayed: { width: 900, height: 600 },
      original: LANDSCAPE,
      region: { x: 800, y: 550, width: 300, height: 300 },
      expected: { x: 3200, y: 2200, width: 400, height: 200 },
    },
    {
      name: 'negative origin is clamped to 0 and keeps the far edge',
      displayed: { width: 900, height: 600 },
      original: LANDSCAPE,
      region: { x: -10, y: -5, width: 110, height: 55 },
      expected: { x: 0, y: 0, width: 400, height: 200 },
    },
    {
      name: 'tiny image shown large: a sliver still becomes one whole pixel',
      displayed: { width: 300, height: 200 },
      original: TINY,
      region: { x: 120, y: 10, width: 5, height: 5 },
      expected: { x: 1, y: 0, width: 1, height: 1 },
    },
    {
      name: 'a zero-size region at the far corner becomes the last pixel',
      displayed: { width: 300, height: 200 },
      original: TINY,
      region: { x: 300, y: 200, width: 0, height: 0 },
      expected: { x: 2, y: 1, width: 1, height: 1 },
    },
  ])('$name', ({ displayed, original, region, expected }) => {
    expect(displayedToOriginal(region, displayed, original)).toEqual(expected);
  });
});

describe('percentToOriginal', () => {
  it.each([
    {
      name: 'quarter of a landscape image',
      percent: { x: 25, y: 25, width: 50, height: 50 },
      original: LANDSCAPE,
      expected: { x: 900, y: 600, width: 1800, height: 1200 },
    },
    {
      name: 'full image',
      percent: { x: 0, y: 0, width: 100, height: 100 },
      original: PORTRAIT,
      expected: { x: 0, y: 0, width: 3200, height: 4000 },
    },
    {
      name: 'rounding at the edges of a tiny image',
      percent: { x: 33.4, y: 49.9, width: 33.3, height: 50.2 },
      original: TINY,
      expected: { x: 1, y: 1, width: 1, height: 1 },
    },
    {
      name: 'floating-point noise from a drag does not move the far edge',
      percent: { x: 10.000000001, y: 0, width: 89.99999999, height: 100.0000001 },
      original: { width: 1000, height: 750 },
      expected: { x: 100, y: 0, width: 900, height: 750 },
    },
  ])('$name', ({ percent, original, expected }) => {
    expect(percentToOriginal(percent, original)).toEqual(expected);
  });
});

describe('round trips', () => {
  it.each([
    { original: LANDSCAPE, region: { x: 1, y: 2, width: 3599, height: 2398 } },
    { original: PORTRAIT, region: { x: 1234, y: 567, width: 890, height: 1234 } },
    { original: TINY, region: { x: 2, y: 1, width: 1, height: 1 } },
    { original: { width: 4321, height: 1 }, region: { x: 4000, y: 0, width: 321, height: 1 } },
  ])(
    'original → percent → original is exact for $original.width×$original.height',
    ({ original, region }) => {
      expect(percentToOriginal(originalToPercent(region, original), original)).toEqual(region);
    },
  );

  it('original → displayed → original is exact when the display is not smaller', () => {
    const original = { width: 640, height: 480 };
    const displayed = { width: 1280, height: 960 };
    const region = { x: 13, y: 7, width: 300, height: 211 };
    expect(
      displayedToOriginal(originalToDisplayed(region, original, displayed), displayed, original),
    ).toEqual(region);
  });
});

describe('clampRegion', () => {
  it.each([
    {
      region: { x: 0, y: 0, width: 10, height: 10 },
      expected: { x: 0, y: 0, width: 10, height: 10 },
    },
    {
      region: { x: 95.4, y: 0.6, width: 10, height: 3.2 },
      expected: { x: 95, y: 1, width: 5, height: 3 },
    },
    {
      region: { x: 120, y: 120, width: 5, height: 5 },
      expected: { x: 99, y: 99, width: 1, height: 1 },
    },
    {
      region: { x: -50, y: -50, width: 20, height: 500 },
      expected: { x: 0, y: 0, width: 1, height: 100 },
    },
  ])('$region → $expected in 100×100', ({ region, expected }) => {
    expect(clampRegion(region, { width: 100, height: 100 })).toEqual(expected);
  });
});
