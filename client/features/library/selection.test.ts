import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectAll, toggleOne, toggleRange, type Selection } from './selection.ts';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const sel = (ids: string[], anchor: string | null = null): Selection => ({
  ids: new Set(ids),
  anchor,
});
const ids = (selection: Selection) => [...selection.ids].sort();

describe('toggleOne', () => {
  it.each([
    ['selects an unselected file', sel([]), 'b', ['b']],
    ['unselects a selected file', sel(['b', 'c']), 'b', ['c']],
  ])('%s', (_name, before, fileId, expected) => {
    const after = toggleOne(before, fileId);
    expect(ids(after)).toEqual(expected);
    expect(after.anchor).toBe(fileId);
  });

  it('leaves the selection it was given untouched', () => {
    const before = sel(['a']);
    toggleOne(before, 'b');
    expect(ids(before)).toEqual(['a']);
  });
});

describe('toggleRange', () => {
  it.each([
    ['forwards from the anchor', sel(['b'], 'b'), 'd', ['b', 'c', 'd']],
    ['backwards from the anchor', sel(['d'], 'd'), 'a', ['a', 'b', 'c', 'd']],
    ['keeps files outside the run', sel(['a', 'e', 'c'], 'c'), 'd', ['a', 'c', 'd', 'e']],
    [
      'unselects the run when the clicked file was selected',
      sel(['a', 'b', 'c', 'd'], 'b'),
      'd',
      ['a'],
    ],
    ['is a plain click without an anchor', sel(['a']), 'c', ['a', 'c']],
    ['is a plain click when the anchor is no longer shown', sel(['x'], 'x'), 'c', ['c', 'x']],
    ['on the anchor itself flips just it', sel(['b'], 'b'), 'b', []],
  ])('%s', (_name, before, fileId, expected) => {
    const after = toggleRange(before, ORDER, fileId);
    expect(ids(after)).toEqual(expected);
    expect(after.anchor).toBe(fileId);
  });
});

describe('selectAll', () => {
  it('adds every shown file and keeps earlier ones and the anchor', () => {
    const after = selectAll(sel(['x'], 'x'), ['a', 'b']);
    expect(ids(after)).toEqual(['a', 'b', 'x']);
    expect(after.anchor).toBe('x');
  });

  it('starts from nothing', () => {
    expect(ids(selectAll(EMPTY_SELECTION, ORDER))).toEqual(ORDER);
  });
});
