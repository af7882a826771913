import { describe, expect, it } from 'vitest';
import { loadSelection, saveSelection, type StoredSelection } from './selection-storage.ts';

const A = { fileId: 'a', name: 'a.jpg', tags: ['red'] };

describe('selection storage', () => {
  it('keeps a selection of some files with what is known about them', () => {
    const state: StoredSelection = {
      viewKey: 'untagged=true',
      isSelecting: true,
      selection: { mode: 'some', ids: new Set(['a', 'b']), anchor: 'a' },
      files: new Map([['a', A]]),
    };
    saveSelection(state, sessionStorage);
    expect(loadSelection(sessionStorage)).toEqual(state);
  });

  it('keeps "all results" with the files taken out', () => {
    const state: StoredSelection = {
      viewKey: '',
      isSelecting: true,
      selection: { mode: 'all', ids: new Set(['x']), anchor: null },
      files: new Map(),
    };
    saveSelection(state, sessionStorage);
    expect(loadSelection(sessionStorage)).toEqual(state);
  });

  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['another shape', '{"viewKey": 3}'],
    ['an unknown mode', '{"viewKey": "", "mode": "most", "ids": [], "files": []}'],
  ])('reads %s as no selection', (_name, text) => {
    if (text === null) sessionStorage.removeItem('tagcrop.library-selection');
    else sessionStorage.setItem('tagcrop.library-selection', text);
    expect(loadSelection(sessionStorage)).toBeNull();
  });
});
