import { describe, expect, it } from 'vitest';
import { bulkChangeProblems, bulkRequest, describeChange } from './bulk-change.ts';

describe('bulkRequest', () => {
  it.each([
    ['add only', { add: ['a'], remove: [] }, { fileIds: ['f'], add: ['a'] }],
    ['remove only', { add: [], remove: ['b'] }, { fileIds: ['f'], remove: ['b'] }],
    ['both', { add: ['a'], remove: ['b'] }, { fileIds: ['f'], add: ['a'], remove: ['b'] }],
  ])('%s', (_name, change, expected) => {
    expect(bulkRequest(['f'], change)).toEqual(expected);
  });
});

describe('bulkChangeProblems', () => {
  it.each([
    ['nothing selected', 0, { add: ['a'], remove: [] }, []],
    ['nothing to do', 1, { add: [], remove: [] }, []],
    ['a plain change', 2, { add: ['sale'], remove: ['old'] }, []],
    [
      'the same tag added and removed, ignoring case',
      1,
      { add: ['Sale'], remove: ['sale'] },
      ['A tag cannot be both added and removed.'],
    ],
  ])('%s', (_name, count, change, expected) => {
    expect(bulkChangeProblems(count, change)).toEqual(expected);
  });

  it('does not hold a selection above the per-request limit against the change', () => {
    expect(bulkChangeProblems(10_001, { add: ['a'], remove: [] })).toEqual([]);
  });
});

describe('describeChange', () => {
  it.each([
    [{ add: ['sale', 'summer'], remove: [] }, 'Added sale, summer.'],
    [{ add: [], remove: ['old'] }, 'Removed old.'],
    [{ add: ['new'], remove: ['old'] }, 'Added new; removed old.'],
  ])('%j → %s', (change, expected) => {
    expect(describeChange(change)).toBe(expected);
  });
});
