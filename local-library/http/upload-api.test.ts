import { BadRequestError, PermissionDeniedError, toFile } from '@imagekit/nodejs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { rotatedJpeg, solidImage, solidJpeg, transparentPng } from '../testing/test-images.ts';

type UploadParams = Parameters<TestLibrary['client']['files']['upload']>[0];

let library: TestLibrary;
beforeAll(async () => {
  library = await startTestLibrary();
});
afterAll(() => library.stop());

describe('POST /api/v1/files/upload through the official SDK', () => {
  it('stores an image and answers with ImageKit upload fields', async () => {
    const data = await solidJpeg(640, 480);
    const uploaded = await library.client.files.upload({
      file: await toFile(data, 'Red Shoe.jpg'),
      fileName: 'Red Shoe.jpg',
      folder: '/products/shoes',
    });
    expect(uploaded).toMatchObject({
      name: expect.stringMatching(/^Red_Shoe_[A-Za-z0-9]{9}\.jpg$/),
      filePath: expect.stringMatching(/^\/products\/shoes\/Red_Shoe_[A-Za-z0-9]{9}\.jpg$/),
      width: 640,
      height: 480,
      size: data.length,
      fileType: 'image',
      AITags: null,
      versionInfo: { id: uploaded.fileId, name: 'Version 1' },
    });
    expect(uploaded.fileId).toMatch(/^[a-f0-9]{24}$/);
    expect(uploaded.url).toBe(`${library.urlEndpoint}${uploaded.filePath}`);
    expect(uploaded.thumbnailUrl).toBe(
      `${library.urlEndpoint}/tr:n-ik_ml_thumbnail${uploaded.filePath}`,
    );
    expect(uploaded).not.toHaveProperty('tags');
    expect(uploaded).not.toHaveProperty('customCoordinates');
    expect(uploaded).not.toHaveProperty('thumbnail');
  });

  it('returns tags and the region only when responseFields asks for them', async () => {
    const uploaded = await library.client.files.upload({
      file: await toFile(await solidImage(100, 80), 'a.png'),
      fileName: 'a.png',
      tags: ['sale', 'summer'],
      customCoordinates: '10,10,50,40',
      responseFields: ['tags', 'customCoordinates', 'isPrivateFile'],
    });
    expect(uploaded.tags).toEqual(['sale', 'summer']);
    expect(uploaded.customCoordinates).toBe('10,10,50,40');
    expect(uploaded.isPrivateFile).toBe(false);
    const details = await library.client.files.get(uploaded.fileId!);
    expect(details).toMatchObject({ tags: ['sale', 'summer'], customCoordinates: '10,10,50,40' });
  });

  it('keeps the exact name with useUniqueFileName false and overwrites as a new version', async () => {
    const first = await library.client.files.upload({
      file: await toFile(await solidImage(50, 50), 'fixed.png'),
      fileName: 'fixed.png',
      useUniqueFileName: false,
      tags: ['old'],
    });
    expect(first.filePath).toBe('/fixed.png');
    const second = await library.client.files.upload({
      file: await toFile(await solidImage(60, 30), 'fixed.png'),
      fileName: 'fixed.png',
      useUniqueFileName: false,
    });
    expect(second.fileId).toBe(first.fileId);
    expect(second.versionInfo?.name).toBe('Version 2');
    const details = await library.client.files.get(first.fileId!);
    expect(details).toMatchObject({ width: 60, height: 30, tags: null });
    await expect(
      library.client.files.upload({
        file: await toFile(await solidImage(60, 30), 'fixed.png'),
        fileName: 'fixed.png',
        useUniqueFileName: false,
        overwriteFile: false,
      }),
    ).rejects.toThrow(/already exists at the exact location/);
  });

  it('accepts the file as a base64 string', async () => {
    const base64 = (await solidImage(20, 10)).toString('base64');
    const uploaded = await library.client.files.upload({ file: base64, fileName: 'b64.png' });
    expect(uploaded).toMatchObject({ width: 20, height: 10 });
  });

  it('records the displayed size of an EXIF-rotated JPEG', async () => {
    const uploaded = await library.client.files.upload({
      file: await toFile(await rotatedJpeg(300, 100), 'turned.jpg'),
      fileName: 'turned.jpg',
    });
    expect(uploaded).toMatchObject({ width: 100, height: 300 });
  });

  it('records transparency and the mime type', async () => {
    const uploaded = await library.client.files.upload({
      file: await toFile(await transparentPng(10, 10), 'alpha.png'),
      fileName: 'alpha.png',
    });
    const details = await library.client.files.get(uploaded.fileId!);
    expect(details).toMatchObject({ hasAlpha: true, mime: 'image/png' });
  });

  const rejected: [string, () => Promise<UploadParams>, RegExp][] = [
    [
      'text that is not an image',
      async () => ({ file: await toFile(Buffer.from('hello'), 'a.txt'), fileName: 'a.txt' }),
      /accepts JPEG, PNG, WebP, GIF, AVIF and TIFF images only/,
    ],
    [
      'a truncated JPEG',
      async () => ({
        file: await toFile((await solidJpeg(200, 200)).subarray(0, 300), 'cut.jpg'),
        fileName: 'cut.jpg',
      }),
      /accepts JPEG, PNG, WebP, GIF, AVIF and TIFF images only/,
    ],
    [
      'an SVG (never served, it could carry scripts)',
      async () => ({
        file: await toFile(
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5"/>'),
          'a.svg',
        ),
        fileName: 'a.svg',
      }),
      /images only/,
    ],
    [
      'no file',
      async () => ({ fileName: 'x.png' }) as UploadParams,
      /Your request is missing file parameter\./,
    ],
    [
      'a region outside the image',
      async () => ({
        file: await toFile(await solidImage(100, 100), 'r.png'),
        fileName: 'r.png',
        customCoordinates: '50,50,60,10',
      }),
      /must lie inside the 100x100 image/,
    ],
    [
      'a URL',
      async () => ({ file: 'https://example.com/a.jpg', fileName: 'u.jpg' }),
      /cannot fetch files from URLs/,
    ],
  ];
  it.each(rejected)('answers 400 for %s', async (_name, params, message) => {
    const error: unknown = await library.client.files
      .upload(await params())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toEqual({
      message: expect.stringMatching(message),
      help: 'For support kindly contact us at support@imagekit.io.',
    });
  });

  it('needs the private key: 401 without one, 403 for a wrong one', async () => {
    const response = await fetch(`${library.baseURL}/api/v1/files/upload`, { method: 'POST' });
    expect(response.status).toBe(401);
    const wrong = library.client.withOptions({ privateKey: 'private_wrong' });
    await expect(
      wrong.files.upload({
        file: await toFile(await solidImage(5, 5), 'a.png'),
        fileName: 'a.png',
      }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('stores the original bytes untouched', async () => {
    const data = await solidJpeg(33, 44);
    const uploaded = await library.client.files.upload({
      file: await toFile(data, 'raw.jpg'),
      fileName: 'raw.jpg',
    });
    const delivered = Buffer.from(await (await fetch(uploaded.url!)).arrayBuffer());
    expect(delivered.equals(data)).toBe(true);
    expect((await sharp(delivered).metadata()).width).toBe(33);
  });
});
