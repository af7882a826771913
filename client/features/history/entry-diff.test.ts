import { describe, expect, it } from 'vitest';
import { fileState as state, type FileState } from '../../../common/api/history.ts';
import { describeChange } from './entry-diff.ts';

describe('describeChange', () => {
  it.each<[string, FileState | null, FileState, string[]]>([
    [
      'tags added and removed',
      state({ tags: ['shoe', 'red'] }),
      state({ tags: ['shoe', 'sale'] }),
      ['+sale', '−red'],
    ],
    [
      'the region moved',
      state({ customCoordinates: '10,20,300,400' }),
      state({ customCoordinates: '50,60,300,400' }),
      ['Region moved from 10,20 · 300×400 to 50,60 · 300×400'],
    ],
    [
      'the region resized',
      state({ customCoordinates: '10,20,300,400' }),
      state({ customCoordinates: '10,20,100,100' }),
      ['Region resized from 10,20 · 300×400 to 10,20 · 100×100'],
    ],
    ['a region set', state(), state({ customCoordinates: '0,0,5,5' }), ['Region set to 0,0 · 5×5']],
    [
      'the region removed',
      state({ customCoordinates: '0,0,5,5' }),
      state(),
      ['Region removed (was 0,0 · 5×5)'],
    ],
    [
      'a description written',
      state(),
      state({ description: 'A shoe' }),
      ['Description set: “A shoe”'],
    ],
    [
      'a description changed',
      state({ description: 'A' }),
      state({ description: 'B' }),
      ['Description changed to “B”'],
    ],
    ['a description removed', state({ description: 'A' }), state(), ['Description removed']],
    [
      'custom metadata',
      state({ customMetadata: { brand: 'Acme' } }),
      state({ customMetadata: { brand: 'Other', size: 4 } }),
      ['brand: "Acme" → "Other"', 'size: – → 4'],
    ],
    ['an upload', null, state({ tags: ['new'] }), ['+new']],
    ['nothing', state({ tags: ['a'] }), state({ tags: ['a'] }), []],
  ])('when %s, then the lines say so', (_name, before, after, lines) => {
    expect(describeChange(before, after)).toEqual(lines);
  });
});
