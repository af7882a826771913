import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal, fetchMedia, rawGet, uploadImage } from '../testing/delivery-client.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import {
  BLUE,
  RED,
  WHITE,
  redSquareOnWhite,
  rotatedJpeg,
  shareOfColour,
  solidImage,
  transparentPng,
  twoColourPng,
} from '../testing/test-images.ts';

let library: TestLibrary;
const ids: Record<string, string> = {};

async function upload(name: string, data: Buffer, extra: Record<string, unknown> = {}) {
  ids[name] = await uploadImage(library, name, data, extra);
}

beforeAll(async () => {
  library = await startTestLibrary();
  await upload('two.png', await twoColourPng(800, 600));
  await upload('square.png', await redSquareOnWhite(800, 600, { x: 600, y: 100, size: 100 }), {
    customCoordinates: '600,100,100,100',
  });
  await upload('plain.png', await redSquareOnWhite(800, 600, { x: 600, y: 100, size: 100 }));
  await upload('turned.jpg', await rotatedJpeg(300, 100));
  await upload('alpha.png', await transparentPng(40, 20));
  await upload('secret.png', await solidImage(10, 10), { isPrivateFile: true });
});
afterAll(() => library.stop());

const get = (pathAndQuery: string, init?: RequestInit) => fetchMedia(library, pathAndQuery, init);

async function size(pathAndQuery: string) {
  const { response, body } = await get(pathAndQuery);
  expect(response.status).toBe(200);
  const { width, height } = await sharp(body).metadata();
  return { width, height };
}

describe('GET /media/<filePath>?tr=...', () => {
  const cases: [string, { width: number; height: number }][] = [
    ['/two.png', { width: 800, height: 600 }],
    ['/two.png?tr=w-400', { width: 400, height: 300 }],
    ['/two.png?tr=h-150', { width: 200, height: 150 }],
    ['/two.png?tr=w-0.25', { width: 200, height: 150 }],
    ['/two.png?tr=w-300,h-300', { width: 300, height: 300 }],
    ['/two.png?tr=w-300,h-100,c-maintain_ratio', { width: 300, height: 100 }],
    ['/two.png?tr=w-200,h-200,c-at_max', { width: 200, height: 150 }],
    ['/two.png?tr=w-2000,h-2000,c-at_max', { width: 800, height: 600 }],
    ['/two.png?tr=cm-extract,x-10,y-20,w-100,h-50', { width: 100, height: 50 }],
    ['/two.png?tr=w-400:h-100', { width: 133, height: 100 }],
    ['/two.png?tr=n-ik_ml_thumbnail', { width: 400, height: 300 }],
    ['/tr:w-100/two.png', { width: 100, height: 75 }],
    ['/turned.jpg', { width: 300, height: 100 }],
    ['/turned.jpg?tr=w-50', { width: 50, height: 150 }],
    ['/turned.jpg?tr=cm-extract,x-0,y-200,w-100,h-100', { width: 100, height: 100 }],
  ];
  it.each(cases)('%s', async (url, expected) => {
    expect(await size(url)).toEqual(expected);
  });

  it('cuts cm-extract at x/y of the original without resizing', async () => {
    const { body: left } = await get('/two.png?tr=cm-extract,x-0,y-0,w-100,h-100');
    const { body: right } = await get('/two.png?tr=cm-extract,x-700,y-0,w-100,h-100');
    expect(await shareOfColour(left, RED)).toBe(1);
    expect(await shareOfColour(right, BLUE)).toBe(1);
  });

  it('keeps the centre by default when cropping to a ratio', async () => {
    const { body } = await get('/two.png?tr=w-100,h-600');
    expect(await shareOfColour(body, RED)).toBeGreaterThan(0.4);
    expect(await shareOfColour(body, BLUE)).toBeGreaterThan(0.4);
  });

  it('crops around the saved region with fo-custom', async () => {
    const { body } = await get('/square.png?tr=w-200,h-200,fo-custom');
    expect(await sharp(body).metadata()).toMatchObject({ width: 200, height: 200 });
    expect(await shareOfColour(body, RED)).toBeGreaterThan(0.9);
    const { body: centred } = await get('/square.png?tr=w-200,h-200');
    expect(await shareOfColour(centred, RED)).toBeLessThan(0.1);
  });

  it('centres cm-extract on the saved region with fo-custom', async () => {
    const { body } = await get('/square.png?tr=cm-extract,w-50,h-50,fo-custom');
    expect(await shareOfColour(body, RED)).toBe(1);
  });

  it('falls back to the centre for fo-custom on a file without a region', async () => {
    const { body } = await get('/plain.png?tr=w-200,h-200,fo-custom');
    expect(await shareOfColour(body, WHITE)).toBeGreaterThan(0.9);
  });

  it('follows a region change with fo-custom', async () => {
    await library.client.files.update(ids['plain.png']!, { customCoordinates: '600,100,100,100' });
    const { body } = await get('/plain.png?tr=w-200,h-200,fo-custom');
    expect(await shareOfColour(body, RED)).toBeGreaterThan(0.9);
  });

  it('applies fo-custom in a later step to the region as moved by earlier ones', async () => {
    const { body } = await get('/square.png?tr=w-400:w-100,h-100,fo-custom');
    expect(await sharp(body).metadata()).toMatchObject({ width: 100, height: 100 });
    expect(await shareOfColour(body, RED)).toBeGreaterThan(0.9);
  });

  it('keeps the format and the alpha channel', async () => {
    const { response, body } = await get('/alpha.png?tr=w-20');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(await sharp(body).metadata()).toMatchObject({
      format: 'png',
      hasAlpha: true,
      width: 20,
    });
    const jpeg = await get('/turned.jpg?tr=w-20');
    expect(jpeg.response.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(jpeg.body).metadata()).format).toBe('jpeg');
  });

  it('renders a variant once and serves it from the cache after', async () => {
    const cacheDir = path.join(library.dataDir, 'cache', ids['two.png']!);
    const before = new Set(listFiles(cacheDir));
    await get('/two.png?tr=w-123,h-92');
    const added = listFiles(cacheDir).filter((file) => !before.has(file));
    expect(added).toHaveLength(1);
    const rendered = fs.statSync(added[0]!).ino;
    await get('/two.png?tr=w-123,h-92');
    await get('/two.png?tr=h-92,w-123');
    expect(listFiles(cacheDir)).toHaveLength(before.size + 1);
    expect(fs.statSync(added[0]!).ino).toBe(rendered);
  });

  it('marks URLs carrying the current updatedAt immutable, others to revalidate', async () => {
    const details = await library.client.files.get(ids['two.png']!);
    const current = await fetch(`${details.url!}&tr=w-50`);
    expect(current.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stale = await get('/two.png?updatedAt=1&tr=w-50');
    expect(stale.response.headers.get('cache-control')).toBe('no-cache');
    expect(stale.response.headers.get('etag')).toBeTruthy();
  });

  it('answers HEAD with headers and no body', async () => {
    const { response, body } = await get('/two.png?tr=w-60', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(body.length).toBe(0);
  });

  const refused: [string, number, RegExp][] = [
    ['/two.png?tr=zz-80', 400, /Unknown transformation parameter "zz-80"/],
    ['/two.png?tr=w-abc', 400, /Invalid "w-abc"/],
    ['/two.png?tr=w-9999', 400, /Invalid "w-9999"/],
    ['/two.png?tr=h-5000', 400, /each side can be at most 5000/],
    ['/two.png?tr=w-1&tr=w-2', 400, /Malformed image URL: the tr parameter may appear only once/],
    ['/missing.png', 404, /Image not found/],
    ['/%E0%A4%A.png', 400, /Malformed image URL: it is not validly percent-encoded/],
    ['/tr:w-1%/two.png', 400, /not validly percent-encoded/],
    ['/%/two.png', 400, /not validly percent-encoded/],
    ['/secret.png', 401, /private/],
  ];
  it.each(refused)('%s → %d', async (url, status, message) => {
    await expectRefusal(get(url), status, message);
  });

  it('finds files only by their recorded path, so dot segments reach nothing', async () => {
    for (const raw of [
      '/../library.sqlite',
      '/%2e%2e/%2e%2e/library.sqlite',
      '/tr:w-10/../../library.sqlite',
    ]) {
      const { status, body } = await rawGet(library, raw);
      expect(status, raw).toBe(404);
      expect(JSON.parse(body).message).toBe('Image not found.');
    }
  });

  it('answers other methods with 405', async () => {
    const { response } = await get('/two.png', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('does not deliver unpublished files', async () => {
    await library.client.files.update(ids['alpha.png']!, { publish: { isPublished: false } });
    expect((await get('/alpha.png')).response.status).toBe(404);
  });
});

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
