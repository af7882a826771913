import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage, pixelAt, uploadImage } from '../testing/delivery-client.ts';
import { photoJpeg, quadrantsPng } from '../testing/delivery-images.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { twoColourPng } from '../testing/test-images.ts';

let library: TestLibrary;

beforeAll(async () => {
  library = await startTestLibrary();
  await uploadImage(library, 'two.png', await twoColourPng(200, 100));
  await uploadImage(
    library,
    'quad.jpg',
    await sharp(await quadrantsPng(200, 100))
      .jpeg()
      .toBuffer(),
  );
  await uploadImage(library, 'photo.jpg', await photoJpeg(300, 200));
});
afterAll(() => library.stop());

/** How many distinct colours the image has: blurring a hard edge adds the in-between ones. */
async function distinctColours(image: Buffer): Promise<number> {
  const { data, info } = await sharp(image)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += info.channels) {
    seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  }
  return seen.size;
}

describe('blur (bl-)', () => {
  it('softens the edge more as the radius grows', async () => {
    const sharpEdge = await distinctColours((await fetchImage(library, '/two.png?tr=w-200')).body);
    const bl2 = await distinctColours((await fetchImage(library, '/two.png?tr=bl-2')).body);
    const bl20 = await distinctColours((await fetchImage(library, '/two.png?tr=bl-20')).body);
    expect(sharpEdge).toBe(2);
    expect(bl2).toBeGreaterThan(2);
    expect(bl20).toBeGreaterThan(bl2);
  });

  it('keeps the size', async () => {
    const { metadata } = await fetchImage(library, '/photo.jpg?tr=w-150,bl-10');
    expect(metadata).toMatchObject({ width: 150, height: 100, format: 'jpeg' });
  });
});

describe('grayscale (e-grayscale)', () => {
  it('leaves no colour', async () => {
    const { body } = await fetchImage(library, '/photo.jpg?tr=e-grayscale');
    for (const [x, y] of [
      [10, 10],
      [150, 100],
      [290, 190],
    ] as const) {
      const { r, g, b } = await pixelAt(body, x, y);
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(2);
    }
  });

  it('chains with other steps', async () => {
    const { metadata } = await fetchImage(library, '/photo.jpg?tr=w-100:e-grayscale,rt-90');
    expect(metadata).toMatchObject({ width: 67, height: 100 });
  });
});

describe('rounded corners (r-)', () => {
  it('makes corners transparent in formats with alpha, keeping the middle', async () => {
    const { body, metadata } = await fetchImage(library, '/two.png?tr=r-30');
    expect(metadata.hasAlpha).toBe(true);
    expect((await pixelAt(body, 0, 0)).alpha).toBe(0);
    expect((await pixelAt(body, 199, 99)).alpha).toBe(0);
    expect((await pixelAt(body, 100, 50)).alpha).toBe(255);
    expect((await pixelAt(body, 40, 0)).alpha).toBe(255);
  });

  it('r-max cuts the inscribed ellipse', async () => {
    const { body } = await fetchImage(library, '/two.png?tr=r-max');
    expect((await pixelAt(body, 40, 5)).alpha).toBe(0);
    expect((await pixelAt(body, 100, 2)).alpha).toBe(255);
    expect((await pixelAt(body, 5, 50)).alpha).toBe(255);
  });

  it('fills the corners with white in JPEG, or with bg-', async () => {
    const white = await fetchImage(library, '/quad.jpg?tr=r-max');
    expect(white.metadata.format).toBe('jpeg');
    expect(await pixelAt(white.body, 1, 1)).toMatchObject({ r: 255, g: 255, b: 255 });
    const black = await fetchImage(library, '/quad.jpg?tr=r-max,bg-000000');
    const corner = await pixelAt(black.body, 1, 1);
    expect(Math.max(corner.r, corner.g, corner.b)).toBeLessThan(20);
  });

  it('rounds the result of the step it is in, after resizing', async () => {
    const { body, metadata } = await fetchImage(library, '/two.png?tr=w-100,h-100,r-20');
    expect(metadata).toMatchObject({ width: 100, height: 100 });
    expect((await pixelAt(body, 0, 0)).alpha).toBe(0);
  });
});
