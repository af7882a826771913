import { describe, expect, it } from 'vitest';
import { tagCountsIn } from './tag-counts.ts';

describe('tagCountsIn', () => {
  it.each([
    ['no files', [], []],
    ['files without tags', [{ tags: null }, { tags: [] }], []],
    [
      'counts files per tag, most common first, then by name',
      [{ tags: ['sale', 'red'] }, { tags: ['sale'] }, { tags: ['blue', 'sale', 'red'] }],
      [
        { tag: 'sale', count: 3 },
        { tag: 'red', count: 2 },
        { tag: 'blue', count: 1 },
      ],
    ],
    [
      'keeps spellings apart',
      [{ tags: ['Sale'] }, { tags: ['sale', 'Sale'] }],
      [
        { tag: 'Sale', count: 2 },
        { tag: 'sale', count: 1 },
      ],
    ],
    ['counts a file once even if a tag repeats', [{ tags: ['a', 'a'] }], [{ tag: 'a', count: 1 }]],
  ])('%s', (_name, files, expected) => {
    expect(tagCountsIn(files)).toEqual(expected);
  });
});
