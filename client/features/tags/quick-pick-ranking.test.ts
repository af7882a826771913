import { describe, expect, it } from 'vitest';
import { keepSlots, rankQuickPicks } from './quick-pick-ranking.ts';

const counts = (...pairs: Array<[string, number]>) =>
  pairs.map(([name, count]) => ({ name, count }));

describe('rankQuickPicks', () => {
  it.each([
    ['nothing counted: no chips', counts(), 9, []],
    [
      'most used first',
      counts(['red', 2], ['sneaker', 5], ['blue', 3]),
      9,
      ['sneaker', 'blue', 'red'],
    ],
    ['ties by name, ignoring case', counts(['b', 2], ['C', 2], ['a', 2]), 9, ['a', 'b', 'C']],
    [
      'case variants are one chip, in the most used spelling, counted together',
      counts(['Sneaker', 2], ['sneaker', 3], ['boot', 4]),
      9,
      ['sneaker', 'boot'],
    ],
    ['at most `max`', counts(['a', 9], ['b', 8], ['c', 7], ['d', 6]), 3, ['a', 'b', 'c']],
  ])('%s', (_why, given, max, expected) => {
    expect(rankQuickPicks(given, max)).toEqual(expected);
  });
});

describe('keepSlots', () => {
  it.each([
    ['first time: as ranked', [], ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['counts swapped two chips: they stay put', ['a', 'b', 'c'], ['b', 'a', 'c'], ['a', 'b', 'c']],
    [
      'a new chip takes the slot of one that left',
      ['a', 'b', 'c'],
      ['a', 'x', 'c'],
      ['a', 'x', 'c'],
    ],
    ['a new chip joins at the end', ['a', 'b'], ['b', 'new', 'a'], ['a', 'b', 'new']],
    [
      'fewer chips than before: the ones left, in their slots',
      ['a', 'b', 'c'],
      ['c', 'a'],
      ['a', 'c'],
    ],
  ])('%s', (_why, previous, ranked, expected) => {
    expect(keepSlots(previous, ranked)).toEqual(expected);
  });
});
