import { describe, expect, it } from 'vitest';
import { darken, lighten, mix } from './color.ts';

describe('mix', () => {
  it.each([
    ['#000000', '#ffffff', 0, '#000000'],
    ['#000000', '#ffffff', 1, '#ffffff'],
    ['#000000', '#ffffff', 0.5, '#808080'],
    ['#ff0000', '#0000ff', 0.25, '#bf0040'],
    ['#FF8800', '#FF8800', 0.7, '#ff8800'],
  ] as const)('mix(%s, %s, %d) = %s', (from, to, t, expected) => {
    expect(mix(from, to, t)).toBe(expected);
  });

  it('clamps overshoot to the valid range', () => {
    expect(mix('#808080', '#ffffff', 2)).toBe('#ffffff');
    expect(mix('#808080', '#000000', 2)).toBe('#000000');
  });

  it('rejects anything but #rrggbb', () => {
    expect(() => mix('#fff', '#000000', 0.5)).toThrow(/#rrggbb/);
    expect(() => mix('#12345g', '#000000', 0.5)).toThrow(/#rrggbb/);
  });
});

describe('lighten / darken', () => {
  it.each([
    [lighten('#204060', 0.5), '#90a0b0'],
    [darken('#204060', 0.5), '#102030'],
    [lighten('#204060', 0), '#204060'],
    [darken('#204060', 1), '#000000'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
