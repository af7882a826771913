import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { suggestRegion, toOriginal } from './suggest-region.ts';

describe('toOriginal', () => {
  it.each([
    {
      name: 'scales up and rounds outward',
      box: { x: 10, y: 20, width: 100, height: 50 },
      reduced: { width: 512, height: 341 },
      original: { width: 3600, height: 2400 },
      expected: { x: 70, y: 140, width: 704, height: 353 },
    },
    {
      name: 'a box at the far edge stays inside the original',
      box: { x: 500, y: 300, width: 12, height: 41 },
      reduced: { width: 512, height: 341 },
      original: { width: 3600, height: 2400 },
      expected: { x: 3515, y: 2111, width: 85, height: 289 },
    },
    {
      name: 'an original smaller than the analysis size maps one to one',
      box: { x: 3, y: 4, width: 5, height: 6 },
      reduced: { width: 300, height: 200 },
      original: { width: 300, height: 200 },
      expected: { x: 3, y: 4, width: 5, height: 6 },
    },
  ])('$name', ({ box, reduced, original, expected }) => {
    expect(toOriginal(box, reduced, original)).toEqual(expected);
  });
});

describe('suggestRegion', () => {
  it('finds a product on a plain background, in the original’s pixels', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="100%" height="100%" fill="#fff"/><rect x="200" y="60" width="100" height="150" fill="#c22"/></svg>';
    const reduced = await sharp(Buffer.from(svg)).jpeg().toBuffer();
    const { region, method } = await suggestRegion(reduced, { width: 4000, height: 3000 });
    expect(method).toBe('background');
    expect(region.x).toBeGreaterThanOrEqual(1980);
    expect(region.x).toBeLessThanOrEqual(2000);
    expect(region.width).toBeGreaterThanOrEqual(1000);
    expect(region.width).toBeLessThanOrEqual(1040);
  });

  it('falls back to attention, a box half the image, when nothing stands out', async () => {
    const flat = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer();
    const { region, method } = await suggestRegion(flat, { width: 600, height: 400 });
    expect(method).toBe('attention');
    expect([region.width, region.height]).toEqual([300, 200]);
  });
});
