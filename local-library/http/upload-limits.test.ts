import { BadRequestError, toFile } from '@imagekit/nodejs';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { jpegClaiming, solidImage } from '../testing/test-images.ts';

const MAX_BYTES = 64 * 1024;
const MAX_PIXELS = 1_000_000;
const HELP = 'For support kindly contact us at support@imagekit.io.';

let library: TestLibrary;
beforeAll(async () => {
  library = await startTestLibrary({ maxUploadBytes: MAX_BYTES, maxInputPixels: MAX_PIXELS });
});
afterAll(() => library.stop());

/** Listed files and stored originals: a refused upload must leave both as they were. */
async function holdings() {
  const listed = await library.client.assets.list({ type: 'file' });
  const originals = path.join(library.dataDir, 'originals');
  const entries = fs.existsSync(originals)
    ? fs.readdirSync(originals, { recursive: true, withFileTypes: true })
    : [];
  return { listed: listed.length, stored: entries.filter((e) => e.isFile()).length };
}

/** Random pixels compress badly, so the PNG is about width × height × 3 bytes. */
function noisePng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

const refusals: Array<[string, () => Promise<Buffer>, string, RegExp]> = [
  ['over the size cap', () => noisePng(200, 200), 'big.png', /file size exceeds limits/],
  [
    'a header claiming 60,000 × 60,000 pixels',
    () => jpegClaiming(60_000, 60_000),
    'bomb.jpg',
    /60000x60000 pixels; the library accepts images of at most 1 megapixels/,
  ],
  [
    'a real image just over the pixel limit',
    () => solidImage(1001, 1000),
    'wide.png',
    /1001x1000 pixels/,
  ],
  [
    'text named like a JPEG',
    async () => Buffer.from('just some words, not pixels'),
    'words.jpg',
    /accepts JPEG, PNG, WebP, GIF, AVIF and TIFF images only/,
  ],
  [
    'a PNG signature in front of garbage',
    async () =>
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(99),
      ]),
    'fake.png',
    /images only/,
  ],
];

describe('the local library refuses uploads past its limits, in ImageKit words, storing nothing', () => {
  it.each(refusals)('when the upload is %s, then 400', async (_what, make, name, message) => {
    const before = await holdings();
    const error: unknown = await library.client.files
      .upload({ file: await toFile(await make(), name), fileName: name })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toEqual({
      message: expect.stringMatching(message),
      help: HELP,
    });
    expect(await holdings()).toEqual(before);
  });

  it('when base64 text decodes to more than the cap, then it is refused the same way', async () => {
    const file = (await noisePng(200, 200)).toString('base64');
    await expect(library.client.files.upload({ file, fileName: 'b64.png' })).rejects.toThrow(
      /file size exceeds limits/,
    );
  });

  it('when an image is within both limits, whatever its name says, then it is stored', async () => {
    const before = await holdings();
    // PNG bytes under a .jpg name: the content decides what it is.
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(1000, 1000), 'square.jpg'),
      fileName: 'square.jpg',
    });
    expect(uploaded).toMatchObject({ width: 1000, height: 1000 });
    expect((await library.client.files.get(uploaded.fileId!)).mime).toBe('image/png');
    expect(await holdings()).toEqual({ listed: before.listed + 1, stored: before.stored + 1 });
  });
});
