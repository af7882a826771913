import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  isSelected,
  selectAll,
  selectAllResults,
  selectedCount,
  toggleOne,
  toggleRange,
  type Selection,
} from './selection.ts';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const some = (ids: string[], anchor: string | null = null): Selection => ({
  mode: 'some',
  ids: new Set(ids),
  anchor,
});
const allBut = (ids: string[], anchor: string | null = null): Selection => ({
  mode: 'all',
  ids: new Set(ids),
  anchor,
});
/** The selected files among ORDER. */
const shown = (selection: Selection) => ORDER.filter((id) => isSelected(selection, id));

describe('toggleOne', () => {
  it.each([
    ['selects an unselected file', some([]), 'b', ['b']],
    ['unselects a selected file', some(['b', 'c']), 'b', ['c']],
    ['in "all results", takes a file out', allBut([]), 'b', ['a', 'c', 'd', 'e']],
    ['in "all results", puts it back', allBut(['b']), 'b', ORDER],
  ])('%s', (_name, before, fileId, expected) => {
    const after = toggleOne(before, fileId);
    expect(shown(after)).toEqual(expected);
    expect(after.anchor).toBe(fileId);
    expect(after.mode).toBe(before.mode);
  });

  it('leaves the selection it was given untouched', () => {
    const before = some(['a']);
    toggleOne(before, 'b');
    expect(shown(before)).toEqual(['a']);
  });
});

describe('toggleRange', () => {
  it.each([
    ['forwards from the anchor', some(['b'], 'b'), 'd', ['b', 'c', 'd']],
    ['backwards from the anchor', some(['d'], 'd'), 'a', ['a', 'b', 'c', 'd']],
    ['keeps files outside the run', some(['a', 'e', 'c'], 'c'), 'd', ['a', 'c', 'd', 'e']],
    [
      'unselects the run when the clicked file was selected',
      some(['a', 'b', 'c', 'd'], 'b'),
      'd',
      ['a'],
    ],
    ['is a plain click without an anchor', some(['a']), 'c', ['a', 'c']],
    ['is a plain click when the anchor is no longer shown', some(['x'], 'x'), 'c', ['c']],
    ['on the anchor itself flips just it', some(['b'], 'b'), 'b', []],
    ['in "all results", takes a run out', allBut(['b'], 'b'), 'd', ['a', 'e']],
  ])('%s', (_name, before, fileId, expected) => {
    const after = toggleRange(before, ORDER, fileId);
    expect(shown(after)).toEqual(expected);
    expect(after.anchor).toBe(fileId);
  });
});

describe('selecting many', () => {
  it('"select all shown" adds every loaded file and keeps earlier ones and the anchor', () => {
    const after = selectAll(some(['x'], 'x'), ['a', 'b']);
    expect([...after.ids].sort()).toEqual(['a', 'b', 'x']);
    expect(after.anchor).toBe('x');
  });

  it('"select all shown" in "all results" puts the loaded files back', () => {
    expect(shown(selectAll(allBut(['a', 'z']), ORDER))).toEqual(ORDER);
  });

  it('"select all results" selects files that are not loaded too', () => {
    const all = selectAllResults();
    expect(isSelected(all, 'not-loaded-yet')).toBe(true);
    expect(selectedCount(all, 2318)).toBe(2318);
  });

  it.each([
    [EMPTY_SELECTION, 0],
    [some(['a', 'b']), 2],
    [allBut(['a']), 2317],
    [allBut(Array.from({ length: 3000 }, (_, i) => `f${i}`)), 0],
  ])('counts %#', (selection, expected) => {
    expect(selectedCount(selection, 2318)).toBe(expected);
  });
});
