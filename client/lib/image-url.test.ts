import { describe, expect, it } from 'vitest';
import {
  framedThumbnailUrl,
  imageSrc,
  regionExtractUrl,
  savedFocusUrl,
  scaledUrl,
  thumbnailSize,
  thumbnailUrl,
  withTransformation,
} from './image-url.ts';

const IK = 'https://ik.imagekit.io/demo/products/shoe.jpg';

describe('withTransformation', () => {
  it.each([
    ['no query', IK, ['w-400'], `${IK}?tr=w-400`],
    [
      'updatedAt query',
      `${IK}?updatedAt=1700000000000`,
      ['w-400'],
      `${IK}?updatedAt=1700000000000&tr=w-400`,
    ],
    [
      'chained steps',
      IK,
      ['cm-extract,x-1,y-2,w-3,h-4', 'w-300'],
      `${IK}?tr=cm-extract,x-1,y-2,w-3,h-4:w-300`,
    ],
    [
      'existing tr is extended',
      `${IK}?updatedAt=1&tr=rt-90`,
      ['w-200'],
      `${IK}?updatedAt=1&tr=rt-90:w-200`,
    ],
    [
      'existing tr first in query',
      `${IK}?tr=rt-90&updatedAt=1`,
      ['w-200'],
      `${IK}?tr=rt-90:w-200&updatedAt=1`,
    ],
    ['fragment stays last', `${IK}?updatedAt=1#top`, ['w-200'], `${IK}?updatedAt=1&tr=w-200#top`],
    ['trailing ?', `${IK}?`, ['w-200'], `${IK}?tr=w-200`],
    [
      'relative url',
      '/local/images/a.jpg?updatedAt=5',
      ['w-10'],
      '/local/images/a.jpg?updatedAt=5&tr=w-10',
    ],
    ['no steps', `${IK}?updatedAt=1`, [], `${IK}?updatedAt=1`],
  ])('%s', (_name, url, steps, expected) => {
    expect(withTransformation(url, steps)).toBe(expected);
  });

  it.each(['w-1&x=2', 'w-1#', 'w 1', ''])('refuses a step that could break the URL: %j', (step) => {
    expect(() => withTransformation(IK, [step])).toThrow(/Not a transformation step/);
  });
});

describe('imageSrc', () => {
  const updatedAt = '2026-11-26T21:00:00.000Z';
  const publicFile = { fileId: 'f1', url: `${IK}?updatedAt=9`, isPrivateFile: false, updatedAt };
  const privateFile = { fileId: 'f_2-b', url: `${IK}?updatedAt=9`, isPrivateFile: true, updatedAt };
  const v = encodeURIComponent(updatedAt);

  it.each([
    ['public, one step', publicFile, ['w-400'], `${IK}?updatedAt=9&tr=w-400`],
    ['public, no steps', publicFile, [], `${IK}?updatedAt=9`],
    ['private, one step', privateFile, ['w-400'], `/api/files/f_2-b/image?v=${v}&tr=w-400`],
    [
      'private, chained',
      privateFile,
      ['rt-90', 'w-300'],
      `/api/files/f_2-b/image?v=${v}&tr=rt-90:w-300`,
    ],
    ['private, no steps', privateFile, [], `/api/files/f_2-b/image?v=${v}`],
  ])('%s', (_name, file, steps, expected) => {
    expect(imageSrc(file, steps)).toBe(expected);
  });

  it('never puts the private file’s unsigned delivery URL in the address', () => {
    expect(imageSrc(privateFile, ['w-10'])).not.toContain('imagekit.io');
  });

  it('refuses a step that could break the URL for private files too', () => {
    expect(() => imageSrc(privateFile, ['w-1&x=2'])).toThrow(/Not a transformation step/);
  });
});

describe('named builders', () => {
  const url = `${IK}?updatedAt=9`;
  const file = { fileId: 'f1', url, isPrivateFile: false, updatedAt: '2026-01-01T00:00:00Z' };
  const v = encodeURIComponent(file.updatedAt);
  const secret = { ...file, isPrivateFile: true };
  const region = { x: 120, y: 40, width: 800, height: 600 };
  it.each([
    ['thumbnail', thumbnailUrl(file), `${url}&tr=w-400,h-400,c-at_max`],
    ['thumbnail at 240', thumbnailUrl(file, 240), `${url}&tr=w-240,h-240,c-at_max`],
    ['scaled', scaledUrl(file, 1200), `${url}&tr=w-1200`],
    ['scaled rounds', scaledUrl(file, 799.6), `${url}&tr=w-800`],
    ['saved focus', savedFocusUrl(file, 300), `${url}&tr=w-300,h-300,fo-custom`],
    ['saved focus 16:9', savedFocusUrl(file, 320, 180), `${url}&tr=w-320,h-180,fo-custom`],
    [
      'thumbnail following the saved region',
      framedThumbnailUrl({ ...file, customCoordinates: '1,2,3,4' }),
      `${url}&tr=w-400,h-400,fo-custom`,
    ],
    [
      'thumbnail of a file without a region',
      framedThumbnailUrl({ ...file, customCoordinates: null }),
      `${url}&tr=w-400,h-400,c-at_max`,
    ],
    [
      'region extract',
      regionExtractUrl(file, region, 300),
      `${url}&tr=cm-extract,x-120,y-40,w-800,h-600:w-300`,
    ],
    [
      'private thumbnail',
      thumbnailUrl(secret),
      `/api/files/f1/image?v=${v}&tr=w-400,h-400,c-at_max`,
    ],
    ['private scaled', scaledUrl(secret, 1200), `/api/files/f1/image?v=${v}&tr=w-1200`],
    [
      'private saved focus',
      savedFocusUrl(secret, 300),
      `/api/files/f1/image?v=${v}&tr=w-300,h-300,fo-custom`,
    ],
    [
      'private region extract',
      regionExtractUrl(secret, region, 300),
      `/api/files/f1/image?v=${v}&tr=cm-extract,x-120,y-40,w-800,h-600:w-300`,
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('thumbnailSize', () => {
  it.each([
    [100, 1, 160],
    [160, 1, 160],
    [161, 1, 240],
    [180, 2, 400],
    [300, 1.5, 480],
    [2000, 1, 800],
    [200, 0, 240],
  ])('%d CSS px at %d× → %d', (display, ratio, expected) => {
    expect(thumbnailSize(display, ratio)).toBe(expected);
  });
});
