import { describe, expect, it } from 'vitest';
import { nudgeRegion } from './region-keyboard.ts';

const image = { width: 1000, height: 500 };
const region = { x: 100, y: 50, width: 200, height: 100 };
const press = (key: string, shiftKey = false, bigStep = false) => ({ key, shiftKey, bigStep });

describe('nudgeRegion', () => {
  it.each([
    ['move right', region, press('ArrowRight'), { ...region, x: 101 }],
    ['move left', region, press('ArrowLeft'), { ...region, x: 99 }],
    ['move up', region, press('ArrowUp'), { ...region, y: 49 }],
    ['move down big', region, press('ArrowDown', false, true), { ...region, y: 150 }],
    ['move stops at the left edge', { ...region, x: 0 }, press('ArrowLeft'), { ...region, x: 0 }],
    [
      'big move stops at the right edge',
      { ...region, x: 750 },
      press('ArrowRight', false, true),
      { ...region, x: 800 },
    ],
    [
      'big move stops at the bottom',
      region,
      press('ArrowDown', false, true),
      { ...region, y: 150 },
    ],
    ['grow width', region, press('ArrowRight', true), { ...region, width: 201 }],
    ['shrink height big', region, press('ArrowUp', true, true), { ...region, height: 1 }],
    [
      'grow stops at the right edge',
      region,
      press('ArrowRight', true, true),
      { ...region, width: 300 },
    ],
    [
      'grow stops at the image edge',
      { ...region, width: 900 },
      press('ArrowRight', true),
      { ...region, width: 900 },
    ],
    [
      'shrink never below 1 px',
      { ...region, width: 1 },
      press('ArrowLeft', true),
      { ...region, width: 1 },
    ],
    ['grow height big clamps', region, press('ArrowDown', true, true), { ...region, height: 200 }],
  ])('%s', (_name, start, keyPress, expected) => {
    expect(nudgeRegion(start, image, keyPress)).toEqual(expected);
  });

  it.each(['Enter', 'a', 'Tab', 'PageDown'])('ignores %s', (key) => {
    expect(nudgeRegion(region, image, press(key))).toBeNull();
  });
});

describe('nudgeRegion with an aspect ratio locked', () => {
  const square = { x: 100, y: 50, width: 200, height: 200 };
  const low = { x: 100, y: 250, width: 200, height: 200 };
  it.each([
    [
      'grow width: the height follows',
      square,
      press('ArrowRight', true),
      { ...square, width: 201, height: 201 },
    ],
    [
      'shrink height big: the width follows',
      square,
      press('ArrowUp', true, true),
      { ...square, width: 100, height: 100 },
    ],
    [
      'grow stops at the bottom edge',
      low,
      press('ArrowDown', true, true),
      { ...low, width: 250, height: 250 },
    ],
    ['moving is unchanged', square, press('ArrowRight'), { ...square, x: 101 }],
  ])('%s', (_name, start, keys, expected) => {
    expect(nudgeRegion(start, image, keys, 1)).toEqual(expected);
  });
});
