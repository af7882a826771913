import { describe, expect, it } from 'vitest';
import { components, dilate, significantBox, unionBox } from './mask-components.ts';
import { clearLongLines } from './pixel-box.ts';

/** A mask from rows of "#" (set) and "." (clear). */
function mask(rows: string[]) {
  const width = rows[0]!.length;
  const data = Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 1 : 0));
  return { data, width, height: rows.length };
}
const show = (data: Uint8Array, width: number) =>
  Array.from({ length: data.length / width }, (_, y) =>
    Array.from(data.slice(y * width, (y + 1) * width), (v) => (v ? '#' : '.')).join(''),
  );

describe('dilate', () => {
  it('grows each set pixel into a square of the radius, inside the mask', () => {
    const m = mask(['.....', '.....', '....#']);
    expect(show(dilate(m.data, m.width, m.height, 1), m.width)).toEqual([
      '.....',
      '...##',
      '...##',
    ]);
  });
});

describe('components', () => {
  it('groups 8-connected pixels and boxes each group', () => {
    const m = mask(['##...', '.#..#', '....#']);
    expect(components(m.data, m.width, m.height)).toEqual([
      { pixels: 3, box: { x: 0, y: 0, width: 2, height: 2 } },
      { pixels: 2, box: { x: 4, y: 1, width: 1, height: 2 } },
    ]);
  });
});

describe('significantBox', () => {
  it.each([
    {
      name: 'specks far smaller than the largest group are left out',
      rows: ['#.........', '..........', '...####...', '...####...', '...####...', '.........#'],
      expected: { x: 3, y: 2, width: 4, height: 3 },
    },
    {
      name: 'two groups of a similar size are boxed together',
      rows: ['##......##', '##......##'],
      expected: { x: 0, y: 0, width: 10, height: 2 },
    },
    { name: 'nothing set: no box', rows: ['....'], expected: null },
  ])('$name', ({ rows, expected }) => {
    const m = mask(rows);
    expect(significantBox(m.data, m.width, m.height, 0.3)).toEqual(expected);
  });

  it('unionBox of nothing is null', () => expect(unionBox([])).toBeNull());
});

describe('clearLongLines', () => {
  const blank = '..........';
  it.each([
    {
      name: 'a row set almost all the way across goes; the product stays',
      rows: [blank, '#########.', blank, '...##.....', '...##.....', blank, blank, blank],
      expected: [blank, blank, blank, '...##.....', '...##.....', blank, blank, blank],
    },
    {
      name: 'a line from edge to edge, partly hidden by the product, goes',
      rows: [blank, blank, '##......##', '...##.....', blank, blank],
      expected: [blank, blank, blank, '...##.....', blank, blank],
    },
    {
      name: 'a product wider than half the image, clear of the edges, stays',
      rows: [blank, '.#######..', '.#######..', blank, blank],
      expected: [blank, '.#######..', '.#######..', blank, blank],
    },
  ])('$name', ({ rows, expected }) => {
    const m = mask(rows);
    clearLongLines(m.data, m.width, m.height);
    expect(show(m.data, m.width)).toEqual(expected);
  });
});
