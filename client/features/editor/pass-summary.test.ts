import { describe, expect, it } from 'vitest';
import { makeFile } from '../../testing/fixtures.ts';
import { passSummaryOf, summarize, summaryText } from './pass-summary.ts';

describe('summarize', () => {
  const tagged = makeFile({ fileId: 'a', tags: ['red'], customCoordinates: null });
  const framed = makeFile({ fileId: 'b', tags: null, customCoordinates: '1,1,5,5' });

  it('counts the files saved, those tagged and those with a region', () => {
    expect(summarize([tagged, framed])).toEqual({ saved: 2, tagged: 1, framed: 1 });
  });

  it('when the save on its way is counted too, then a file saved twice counts once, as it ends', () => {
    const again = { ...framed, tags: ['blue'] };
    expect(summarize([tagged, framed], again)).toEqual({ saved: 2, tagged: 2, framed: 1 });
  });
});

describe('summaryText', () => {
  it.each([
    [{ saved: 0, tagged: 0, framed: 0 }, 'Nothing was saved in this pass.'],
    [{ saved: 1, tagged: 1, framed: 0 }, 'Saved 1 image in this pass: 1 now tagged.'],
    [
      { saved: 1204, tagged: 1200, framed: 3 },
      'Saved 1,204 images in this pass: 1,200 now tagged, 3 with a region.',
    ],
    [{ saved: 2, tagged: 0, framed: 0 }, 'Saved 2 images in this pass.'],
  ])('%j', (summary, text) => {
    expect(summaryText(summary)).toBe(text);
  });
});

describe('passSummaryOf', () => {
  it.each([
    [null, null],
    ['text', null],
    [{ other: 1 }, null],
    [{ passSummary: { saved: 'x' } }, null],
    [
      { passSummary: { saved: 1, tagged: 1, framed: 0 } },
      { passSummary: { saved: 1, tagged: 1, framed: 0 }, finished: false },
    ],
  ])('router state %j', (state, expected) => {
    expect(passSummaryOf(state)).toEqual(expected);
  });
});
