import {
  buildSrc,
  getResponsiveImageAttributes,
  type SrcOptions,
  type Transformation,
} from '@imagekit/javascript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage } from '../testing/delivery-client.ts';
import { photoJpeg } from '../testing/delivery-images.ts';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { uploadImage } from '../testing/delivery-client.ts';

let library: TestLibrary;
let storedUrl: string;
const CHROME = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';

beforeAll(async () => {
  library = await startTestLibrary();
  const fileId = await uploadImage(library, 'shoe.jpg', await photoJpeg(1200, 900), {
    folder: '/shop/',
  });
  storedUrl = (await library.client.files.get(fileId)).url!;
});
afterAll(() => library.stop());

/** What a storefront built with the browser SDK fetches. */
function src(transformation: Transformation[], position?: SrcOptions['transformationPosition']) {
  return buildSrc({
    urlEndpoint: library.urlEndpoint,
    src: '/shop/shoe.jpg',
    transformation,
    transformationPosition: position,
  });
}

async function get(url: string, accept?: string) {
  expect(url.startsWith(library.urlEndpoint)).toBe(true);
  return fetchImage(library, url.slice(library.urlEndpoint.length), accept);
}

describe('URLs built by @imagekit/javascript buildSrc', () => {
  const cases: [string, Transformation[], { width: number; height: number; format: string }][] = [
    [
      'width + format',
      [{ width: 300, format: 'webp' }],
      { width: 300, height: 225, format: 'webp' },
    ],
    ['quality', [{ width: 200, quality: 50 }], { width: 200, height: 150, format: 'jpeg' }],
    [
      'aspect ratio',
      [{ aspectRatio: '4-5', width: 400 }],
      { width: 400, height: 500, format: 'jpeg' },
    ],
    ['dpr', [{ width: 200, dpr: 2 }], { width: 400, height: 300, format: 'jpeg' }],
    ['blur', [{ width: 120, blur: 10 }], { width: 120, height: 90, format: 'jpeg' }],
    ['grayscale', [{ width: 120, grayscale: true }], { width: 120, height: 90, format: 'jpeg' }],
    ['rotation', [{ width: 120, rotation: 90 }], { width: 90, height: 120, format: 'jpeg' }],
    [
      'radius',
      [{ width: 120, radius: 'max', format: 'png' }],
      { width: 120, height: 90, format: 'png' },
    ],
    [
      'auto focus',
      [{ width: 200, height: 200, focus: 'auto' }],
      { width: 200, height: 200, format: 'jpeg' },
    ],
    [
      'pad resize',
      [{ width: 300, height: 300, cropMode: 'pad_resize', background: 'F3F3F3' }],
      { width: 300, height: 300, format: 'jpeg' },
    ],
    [
      'extract with focus',
      [{ width: 100, height: 100, cropMode: 'extract', focus: 'bottom_right' }],
      { width: 100, height: 100, format: 'jpeg' },
    ],
    [
      'crop at_max',
      [{ width: 2000, height: 2000, crop: 'at_max' }],
      { width: 1200, height: 900, format: 'jpeg' },
    ],
    [
      'chained',
      [{ width: 400 }, { rotation: 180, lossless: true, format: 'webp' }],
      { width: 400, height: 300, format: 'webp' },
    ],
    ['named', [{ named: 'ik_ml_thumbnail' }], { width: 400, height: 300, format: 'jpeg' }],
    ['raw', [{ raw: 'w-100,h-100,fo-top_left' }], { width: 100, height: 100, format: 'jpeg' }],
    ['original', [{ width: 10, original: true }], { width: 1200, height: 900, format: 'jpeg' }],
  ];

  for (const position of ['query', 'path'] as const) {
    it.each(cases)(`%s, in the ${position} form`, async (_name, transformation, expected) => {
      const url = src(transformation, position);
      expect(url).toContain(position === 'query' ? '?tr=' : '/tr:');
      const { metadata } = await get(url);
      expect({ width: metadata.width, height: metadata.height, format: metadata.format }).toEqual(
        expected,
      );
    });
  }

  it('format auto, negotiated from Accept', async () => {
    const url = src([{ width: 200, format: 'auto' }]);
    expect((await get(url, CHROME)).metadata.format).toBe('heif');
    expect((await get(url, 'image/webp')).metadata.format).toBe('webp');
    expect((await get(url, 'image/jpeg')).metadata.format).toBe('jpeg');
  });

  it('appends to the stored url (with its updatedAt) and serves it immutable', async () => {
    const url = buildSrc({
      urlEndpoint: library.urlEndpoint,
      src: storedUrl,
      transformation: [{ width: 100, format: 'webp' }],
    });
    expect(url).toMatch(/\?updatedAt=\d+&tr=w-100,f-webp$/);
    const { response, metadata } = await get(url);
    expect(metadata).toMatchObject({ width: 100, format: 'webp' });
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('serves every srcSet candidate of getResponsiveImageAttributes', async () => {
    const { src: main, srcSet } = getResponsiveImageAttributes({
      urlEndpoint: library.urlEndpoint,
      src: '/shop/shoe.jpg',
      transformation: [{ aspectRatio: '1-1', format: 'auto' }],
      width: 300,
    });
    const candidates = srcSet!.split(', ').map((entry) => entry.split(' ')[0]!);
    expect(candidates).toContain(main);
    for (const url of candidates) {
      const { metadata } = await get(url, CHROME);
      expect(metadata.format).toBe('heif');
    }
  });
});
