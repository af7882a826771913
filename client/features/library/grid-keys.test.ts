import { describe, expect, it } from 'vitest';
import { nextIndex, type GridKey } from './grid-keys.ts';

// 10 cards in rows of 4:   0 1 2 3 / 4 5 6 7 / 8 9
const SHAPE = { count: 10, columns: 4, rowsPerPage: 2 };

describe('nextIndex', () => {
  it.each<[string, GridKey, number, number | null]>([
    ['right', { key: 'ArrowRight' }, 1, 2],
    ['right wraps to the next row', { key: 'ArrowRight' }, 3, 4],
    ['right on the last card stays', { key: 'ArrowRight' }, 9, 9],
    ['left', { key: 'ArrowLeft' }, 4, 3],
    ['left on the first card stays', { key: 'ArrowLeft' }, 0, 0],
    ['down', { key: 'ArrowDown' }, 1, 5],
    ['down into a short last row stays when there is no card below', { key: 'ArrowDown' }, 6, 6],
    ['down into a short last row', { key: 'ArrowDown' }, 5, 9],
    ['up', { key: 'ArrowUp' }, 5, 1],
    ['up on the first row stays', { key: 'ArrowUp' }, 2, 2],
    ['Home: start of the row', { key: 'Home' }, 6, 4],
    ['End: end of the row', { key: 'End' }, 5, 7],
    ['End on a short row: its last card', { key: 'End' }, 8, 9],
    ['Ctrl+Home: the first card', { key: 'Home', ctrlKey: true }, 6, 0],
    ['Cmd+End: the last card', { key: 'End', metaKey: true }, 1, 9],
    ['Page Down: a screen of rows', { key: 'PageDown' }, 1, 9],
    ['Page Down near the end: the last card', { key: 'PageDown' }, 6, 9],
    ['Page Up: a screen of rows', { key: 'PageUp' }, 9, 1],
    ['Page Up near the top: same column, first row', { key: 'PageUp' }, 6, 2],
    ['another key is not ours', { key: 'a' }, 3, null],
    ['Enter is not a move', { key: 'Enter' }, 3, null],
  ])('%s', (_name, key, from, expected) => {
    expect(nextIndex(key, from, SHAPE)).toBe(expected);
  });

  it('with no cards, nothing moves', () => {
    expect(nextIndex({ key: 'ArrowRight' }, 0, { ...SHAPE, count: 0 })).toBeNull();
  });

  it('in one column, down and right both go to the next card', () => {
    const column = { count: 3, columns: 1, rowsPerPage: 1 };
    expect(nextIndex({ key: 'ArrowDown' }, 0, column)).toBe(1);
    expect(nextIndex({ key: 'ArrowRight' }, 1, column)).toBe(2);
  });
});
