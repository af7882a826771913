import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchImage,
  fetchMedia,
  pixelAt,
  rawGet,
  uploadImage,
} from '../testing/delivery-client.ts';
import { photoJpeg } from '../testing/delivery-images.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { transparentPng, twoColourPng } from '../testing/test-images.ts';

let library: TestLibrary;
let photo: Buffer;
const CHROME = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
const WEBP_ONLY = 'image/webp,image/*,*/*;q=0.8';

beforeAll(async () => {
  library = await startTestLibrary();
  photo = await photoJpeg(600, 400);
  await uploadImage(library, 'photo.jpg', photo);
  await uploadImage(library, 'flat.png', await twoColourPng(200, 100));
  await uploadImage(library, 'alpha.png', await transparentPng(40, 20));
});
afterAll(() => library.stop());

function expectColour(actual: { r: number; g: number; b: number }, expected: typeof actual) {
  for (const channel of ['r', 'g', 'b'] as const) {
    expect(Math.abs(actual[channel] - expected[channel]), channel).toBeLessThanOrEqual(3);
  }
}

describe('format (f-)', () => {
  const cases: [string, string, string][] = [
    ['/photo.jpg?tr=w-300,f-webp', 'webp', 'image/webp'],
    ['/photo.jpg?tr=w-300,f-avif', 'heif', 'image/avif'],
    ['/photo.jpg?tr=f-png', 'png', 'image/png'],
    ['/flat.png?tr=f-jpg', 'jpeg', 'image/jpeg'],
    ['/flat.png?tr=f-jpeg', 'jpeg', 'image/jpeg'],
    ['/flat.png?tr=f-orig', 'png', 'image/png'],
    ['/photo.jpg?tr=w-300', 'jpeg', 'image/jpeg'],
  ];
  it.each(cases)('%s → %s', async (url, format, mime) => {
    const { response, metadata } = await fetchImage(library, url);
    expect(metadata.format).toBe(format);
    expect(response.headers.get('content-type')).toBe(mime);
    expect(response.headers.get('vary')).toBeNull();
  });

  it('keeps the size it was asked for in the new format', async () => {
    const { metadata } = await fetchImage(library, '/photo.jpg?tr=w-300,f-webp');
    expect(metadata).toMatchObject({ width: 300, height: 200 });
  });

  const negotiated: [string | undefined, string, string][] = [
    [CHROME, 'heif', 'image/avif'],
    [WEBP_ONLY, 'webp', 'image/webp'],
    ['image/png,image/*;q=0.8', 'jpeg', 'image/jpeg'],
    [undefined, 'jpeg', 'image/jpeg'],
  ];
  it.each(negotiated)(
    'f-auto for Accept %s → %s, with Vary: Accept',
    async (accept, format, mime) => {
      const { response, metadata } = await fetchImage(
        library,
        '/photo.jpg?tr=w-200,f-auto',
        accept,
      );
      expect(metadata.format).toBe(format);
      expect(response.headers.get('content-type')).toBe(mime);
      expect(response.headers.get('vary')).toMatch(/Accept/);
    },
  );

  it('gives each negotiated format its own ETag', async () => {
    const avif = await fetchImage(library, '/photo.jpg?tr=f-auto', CHROME);
    const webp = await fetchImage(library, '/photo.jpg?tr=f-auto', WEBP_ONLY);
    expect(avif.response.headers.get('etag')).not.toBe(webp.response.headers.get('etag'));
  });

  it('keeps the alpha channel in WebP and AVIF, and fills it with white (or bg-) in JPEG', async () => {
    for (const tr of ['f-webp', 'f-avif']) {
      const { metadata } = await fetchImage(library, `/alpha.png?tr=${tr}`);
      expect(metadata.hasAlpha, tr).toBe(true);
    }
    const jpeg = await fetchImage(library, '/alpha.png?tr=f-jpg');
    expectColour(await pixelAt(jpeg.body, 5, 5), { r: 128, g: 191, b: 128 });
    const onRed = await fetchImage(library, '/alpha.png?tr=f-jpg,bg-FF0000');
    expectColour(await pixelAt(onRed.body, 5, 5), { r: 128, g: 64, b: 0 });
  });
});

describe('quality (q-), lossless (lo-) and progressive (pr-)', () => {
  it('makes smaller files at lower quality, for JPEG, WebP and AVIF', async () => {
    for (const format of ['jpg', 'webp', 'avif']) {
      const low = await fetchImage(library, `/photo.jpg?tr=f-${format},q-10`);
      const high = await fetchImage(library, `/photo.jpg?tr=f-${format},q-95`);
      expect(low.body.length, format).toBeLessThan(high.body.length);
    }
  });

  it('takes q-50 as the encoder quality', async () => {
    const served = await fetchImage(library, '/photo.jpg?tr=q-50');
    const expected = await sharp(photo).jpeg({ quality: 50 }).toBuffer();
    expect(Math.abs(served.body.length - expected.length)).toBeLessThan(expected.length * 0.05);
  });

  it('encodes WebP without loss with lo-true', async () => {
    const { body } = await fetchImage(library, '/flat.png?tr=f-webp,lo-true');
    const original = await sharp(await twoColourPng(200, 100))
      .removeAlpha()
      .raw()
      .toBuffer();
    expect((await sharp(body).removeAlpha().raw().toBuffer()).equals(original)).toBe(true);
  });

  it('ignores lo-true for JPEG and q- for PNG, which cannot use them', async () => {
    expect((await fetchImage(library, '/photo.jpg?tr=lo-true')).metadata.format).toBe('jpeg');
    const plain = await fetchImage(library, '/flat.png?tr=w-100');
    const withQuality = await fetchImage(library, '/flat.png?tr=w-100,q-10');
    expect(withQuality.body.equals(plain.body)).toBe(true);
  });

  it('writes a progressive JPEG with pr-true', async () => {
    const { metadata } = await fetchImage(library, '/photo.jpg?tr=w-100,pr-true');
    expect(metadata.isProgressive).toBe(true);
  });
});

describe('orig-true', () => {
  it('serves the uploaded bytes, whatever else the chain asks', async () => {
    for (const url of ['/photo.jpg?tr=orig-true', '/photo.jpg?tr=w-100,f-webp,orig-true:bl-5']) {
      const { response, body } = await fetchMedia(library, url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(body.equals(photo)).toBe(true);
    }
  });
});

describe('caching headers', () => {
  it('answers If-None-Match with 304, for variants and originals', async () => {
    for (const url of ['/photo.jpg?tr=w-120', '/photo.jpg']) {
      const first = await rawGet(library, url);
      const etag = first.headers.etag!;
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await rawGet(library, url, { 'if-none-match': etag });
      expect(again.status, url).toBe(304);
      expect(again.body).toBe('');
      const other = await rawGet(library, url, { 'if-none-match': '"something-else"' });
      expect(other.status, url).toBe(200);
    }
  });

  it('keeps one file per variant on disk, named by its format', async () => {
    const webpFiles = () =>
      fs
        .readdirSync(path.join(library.dataDir, 'cache'), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.webp')).length;
    const before = webpFiles();
    await fetchImage(library, '/photo.jpg?tr=w-77,f-webp');
    await fetchImage(library, '/photo.jpg?tr=f-webp,w-77');
    expect(webpFiles()).toBe(before + 1);
  });
});
