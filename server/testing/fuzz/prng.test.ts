import { describe, expect, it } from 'vitest';
import { createPrng } from './prng.ts';

const draw = (seed: number, n = 50) => {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => prng.next());
};

describe('createPrng', () => {
  it('when given the same seed twice, then it draws the same sequence', () => {
    expect(draw(12345)).toEqual(draw(12345));
  });

  it('when given different seeds, then the sequences differ', () => {
    expect(draw(1)).not.toEqual(draw(2));
  });

  it.each([
    [0, 0],
    [-3, 3],
    [1, 6],
  ])('int(%i, %i) stays in range and reaches both ends', (min, max) => {
    const prng = createPrng(7);
    const seen = new Set(Array.from({ length: 500 }, () => prng.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
    expect([...seen].every(Number.isInteger)).toBe(true);
  });

  it('text draws only from the alphabet, including characters outside the BMP', () => {
    const out = createPrng(9).text(200, 'ab😀');
    expect(Array.from(out)).toHaveLength(200);
    expect(new Set(Array.from(out))).toEqual(new Set(['a', 'b', '😀']));
  });

  it('next stays in [0, 1)', () => {
    expect(draw(99, 2000).every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
