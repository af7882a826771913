import { describe, expect, it } from 'vitest';
import { displayWidthFor } from './display-width.ts';

const landscape = { width: 3600, height: 2400 };
const portrait = { width: 2400, height: 3600 };

describe('displayWidthFor', () => {
  it.each([
    ['landscape limited by stage width', { width: 900, height: 800 }, landscape, 1, 1200],
    ['landscape on a 2x screen', { width: 900, height: 800 }, landscape, 2, 2000],
    ['portrait limited by stage height', { width: 900, height: 600 }, portrait, 1, 400],
    ['portrait, taller stage', { width: 900, height: 1000 }, portrait, 1, 800],
    ['never above the original', { width: 5000, height: 5000 }, landscape, 2, 3600],
    [
      'small original is not upscaled',
      { width: 900, height: 800 },
      { width: 300, height: 200 },
      2,
      300,
    ],
    ['layout unknown', { width: 0, height: 0 }, landscape, 1, 1200],
    [
      'layout unknown, small original',
      { width: 0, height: 0 },
      { width: 640, height: 480 },
      1,
      640,
    ],
    ['pixel ratio below 1 counts as 1', { width: 800, height: 800 }, landscape, 0.5, 800],
  ])('%s', (_name, stage, image, ratio, expected) => {
    expect(displayWidthFor(stage, image, ratio)).toBe(expected);
  });
});
