import { describe, expect, it } from 'vitest';
import { placeInPass, type PassPage, type PassSnapshot } from './pass-sequence.ts';

const f = (fileId: string) => ({ fileId });
const page = (fetchedAt: number, ...ids: string[]): PassPage<{ fileId: string }> => ({
  fetchedAt,
  files: ids.map(f),
});

function pass(fields: Partial<PassSnapshot<{ fileId: string }>>): PassSnapshot<{ fileId: string }> {
  return {
    anchor: f('a'),
    index: 0,
    total: 10,
    inView: true,
    startedAt: 0,
    after: [],
    before: [],
    ...fields,
  };
}

const ids = (place: ReturnType<typeof placeInPass>) =>
  place && {
    index: place.index,
    total: place.total,
    previous: place.previous?.fileId ?? null,
    next: place.next?.fileId ?? null,
  };

describe('placeInPass', () => {
  // Opened on "a", the 6th of 20; two pages read each way.
  const middle = pass({
    index: 5,
    total: 20,
    after: [page(1, 'b', 'c'), page(2, 'd')],
    before: [page(1, 'z', 'y')],
  });

  it.each([
    ['the anchor', 'a', { index: 5, total: 20, previous: 'z', next: 'b' }],
    ['one after it', 'b', { index: 6, total: 20, previous: 'a', next: 'c' }],
    ['across a page boundary', 'c', { index: 7, total: 20, previous: 'b', next: 'd' }],
    ['the last one read', 'd', { index: 8, total: 20, previous: 'c', next: null }],
    ['the farthest back', 'y', { index: 3, total: 20, previous: null, next: 'z' }],
  ])('in the middle of a view: %s', (_why, fileId, expected) => {
    expect(ids(placeInPass(middle, fileId))).toEqual(expected);
  });

  it('when a file is not part of the pass, then it has no place', () => {
    expect(placeInPass(middle, 'elsewhere')).toBeNull();
  });

  it('when few files are read past this one, then it says how many, to read on in time', () => {
    expect(placeInPass(middle, 'c')).toMatchObject({ readAhead: 1, readBehind: 4 });
  });

  it('when the anchor is not in the view, then it has no number but both neighbours', () => {
    const outside = pass({
      index: 3,
      inView: false,
      after: [page(1, 'x')],
      before: [page(1, 'c', 'b')],
    });
    expect(ids(placeInPass(outside, 'a'))).toEqual({
      index: null,
      total: 10,
      previous: 'c',
      next: 'x',
    });
    expect(ids(placeInPass(outside, 'x'))).toEqual({
      index: 3,
      total: 10,
      previous: 'c',
      next: null,
    });
  });

  it('when a saved file shows up again further on ("updated" order), then it is not repeated', () => {
    const updated = pass({ after: [page(1, 'b', 'c'), page(9, 'd', 'b')] });
    expect(ids(placeInPass(updated, 'd'))).toMatchObject({ previous: 'c', next: null });
  });

  it('when a file saved after the anchor shows up on the other side ("newest first"), then it stays where it was', () => {
    const newest = pass({
      index: 2,
      after: [page(1, 'b', 'c')],
      before: [page(1, 'y', 'x'), page(7, 'b')],
    });
    expect(ids(placeInPass(newest, 'x'))).toMatchObject({ previous: null, next: 'y', index: 0 });
    expect(ids(placeInPass(newest, 'b'))).toMatchObject({ previous: 'a', next: 'c', index: 3 });
  });

  it('when the anchor itself shows up in a later page, then it is not met twice', () => {
    const again = pass({ after: [page(1, 'b'), page(5, 'a', 'c')] });
    expect(ids(placeInPass(again, 'c'))).toMatchObject({ previous: 'b', index: 2 });
  });

  it('when the view grew since its total was counted, then the count never says "13 of 12"', () => {
    const grown = pass({ index: 0, total: 2, after: [page(1, 'b', 'c')] });
    expect(ids(placeInPass(grown, 'c'))).toMatchObject({ index: 2, total: 3 });
  });
});
