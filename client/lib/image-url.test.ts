import { describe, expect, it } from 'vitest';
import {
  regionExtractUrl,
  savedFocusUrl,
  scaledUrl,
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

describe('named builders', () => {
  const url = `${IK}?updatedAt=9`;
  it.each([
    ['thumbnail', thumbnailUrl(url), `${url}&tr=w-400,h-400,c-at_max`],
    ['scaled', scaledUrl(url, 1200), `${url}&tr=w-1200`],
    ['scaled rounds', scaledUrl(url, 799.6), `${url}&tr=w-800`],
    ['saved focus', savedFocusUrl(url, 300), `${url}&tr=w-300,h-300,fo-custom`],
    [
      'region extract',
      regionExtractUrl(url, { x: 120, y: 40, width: 800, height: 600 }, 300),
      `${url}&tr=cm-extract,x-120,y-40,w-800,h-600:w-300`,
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
