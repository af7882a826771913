import { describe, expect, it } from 'vitest';
import { previousRegionOn, withPreviousTags, type PreviousImage } from './same-as-previous.ts';

const previous = (fields: Partial<PreviousImage>): PreviousImage => ({
  fileId: 'prev',
  name: 'prev.jpg',
  tags: null,
  customCoordinates: null,
  width: 2000,
  height: 1000,
  ...fields,
});

describe('withPreviousTags', () => {
  it.each([
    ['an untagged image takes them all', [], ['sneaker', 'red'], ['sneaker', 'red']],
    ['tags already there stay first', ['sale'], ['sneaker'], ['sale', 'sneaker']],
    ['none twice, ignoring case', ['Red'], ['red', 'sneaker'], ['Red', 'sneaker']],
    ['a previous image without tags adds nothing', ['sale'], null, ['sale']],
  ])('%s', (_why, current, tags, expected) => {
    expect(withPreviousTags(current, previous({ tags }))).toEqual(expected);
  });
});

describe('previousRegionOn', () => {
  it('scales the previous region to this image', () => {
    const framed = previous({ customCoordinates: '500,250,1000,500' });
    expect(previousRegionOn(framed, { width: 1000, height: 500 })).toEqual({
      x: 250,
      y: 125,
      width: 500,
      height: 250,
    });
  });

  it.each([
    ['no region', previous({})],
    ['no pixel size', previous({ customCoordinates: '1,1,5,5', width: undefined })],
  ])('when the previous image has %s, then there is nothing to take', (_why, given) => {
    expect(previousRegionOn(given, { width: 100, height: 100 })).toBeNull();
  });
});
