import { describe, expect, it } from 'vitest';
import { gridLayout, rowCount } from './grid-layout.ts';

describe('gridLayout', () => {
  it.each([
    ['a phone (358 px)', 358, 2, 173],
    ['a laptop grid (1100 px)', 1100, 6, 173],
    ['just under two cards', 331, 1, 331],
    ['exactly two cards', 332, 2, 160],
    ['very wide: capped at 12 columns', 4000, 12, 322],
    ['no width yet', 0, 1, 1],
  ])('%s', (_name, width, columns, cardWidth) => {
    const layout = gridLayout(width);
    expect(layout.columns).toBe(columns);
    expect(layout.cardWidth).toBe(cardWidth);
    expect(layout.cardWidth * columns + 12 * (columns - 1)).toBeLessThanOrEqual(Math.max(1, width));
  });

  it('a row is the square frame, padding, text and the gap', () => {
    expect(gridLayout(358).rowHeight).toBe(157 + 16 + 58 + 12);
  });
});

describe('rowCount', () => {
  it.each([
    [0, 4, false, 0],
    [8, 4, false, 2],
    [9, 4, false, 3],
    [9, 4, true, 4],
  ])('%d cards in %d columns (more: %s) → %d rows', (count, columns, hasMore, expected) => {
    expect(rowCount(count, columns, hasMore)).toBe(expected);
  });
});
