import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import type { StoredOrientation } from './catalog.ts';
import { storeWithOrientation } from './exif-orientation.ts';

const WIDTH = 40;
const HEIGHT = 30;

/** Upright test card: red top-left quadrant, blue elsewhere. */
function uprightCard(): Sharp {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">` +
    `<rect width="100%" height="100%" fill="#0000ff"/>` +
    `<rect width="${WIDTH / 2}" height="${HEIGHT / 2}" fill="#ff0000"/></svg>`;
  return sharp(Buffer.from(svg));
}

async function pixel(image: Sharp, x: number, y: number): Promise<number[]> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

const isRed = ([r, , b]: number[]) => (r ?? 0) > 200 && (b ?? 255) < 60;

describe('storeWithOrientation', () => {
  it.each([
    [6, [HEIGHT, WIDTH]],
    [8, [HEIGHT, WIDTH]],
    [3, [WIDTH, HEIGHT]],
  ] as const)('orientation %i: stored %j, shown upright', async (orientation, storedSize) => {
    const data = await storeWithOrientation(uprightCard(), orientation as StoredOrientation)
      .jpeg({ quality: 95 })
      .toBuffer();
    const meta = await sharp(data).metadata();
    expect(meta.orientation).toBe(orientation);
    expect([meta.width, meta.height]).toEqual(storedSize);
    expect(isRed(await pixel(sharp(data), 2, 2))).toBe(false);

    const shown = sharp(data).rotate();
    const { info } = await shown.clone().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([WIDTH, HEIGHT]);
    expect(isRed(await pixel(shown.clone(), 2, 2))).toBe(true);
    expect(isRed(await pixel(shown.clone(), WIDTH - 3, HEIGHT - 3))).toBe(false);
  });
});
