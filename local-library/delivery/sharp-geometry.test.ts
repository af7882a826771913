import { describe, expect, it } from 'vitest';
import type { Size } from '../files/region.ts';
import { planStep } from './render-plan.ts';
import { toSharpGeometry, type SharpGeometry } from './sharp-geometry.ts';
import { parseTransformation } from './transform-parser.ts';

const image: Size = { width: 4000, height: 3000 };

function geometry(tr: string): SharpGeometry {
  const [step] = parseTransformation(tr);
  return toSharpGeometry(planStep(step!, image, null, null));
}

describe('toSharpGeometry on a 4000x3000 original', () => {
  const cases: [string, SharpGeometry][] = [
    ['w-400', { extract: null, resize: { width: 400, height: 300 }, trim: null, pad: null }],
    ['cm-extract,w-4000,h-3000', { extract: null, resize: null, trim: null, pad: null }],
    [
      'w-400,h-400',
      {
        extract: null,
        resize: { width: 533, height: 400 },
        trim: { left: 67, top: 0, width: 400, height: 400 },
        pad: null,
      },
    ],
    [
      'cm-extract,x-10,y-20,w-100,h-50',
      {
        extract: { left: 10, top: 20, width: 100, height: 50 },
        resize: null,
        trim: null,
        pad: null,
      },
    ],
    [
      'cm-extract,x-0,y-0,w-100,h-100:w-10',
      {
        extract: { left: 0, top: 0, width: 100, height: 100 },
        resize: null,
        trim: null,
        pad: null,
      },
    ],
  ];
  it.each(cases)('%s', (tr, expected) => {
    expect(geometry(tr)).toEqual(expected);
  });

  it('cuts first when the window is enlarged, so nothing bigger than the output is held', () => {
    const [step] = parseTransformation('w-1000,h-1000,fo-custom');
    const plan = planStep(step!, image, { x: 100, y: 100, width: 100, height: 100 }, null);
    expect(toSharpGeometry(plan)).toEqual({
      extract: { left: 100, top: 100, width: 100, height: 100 },
      resize: { width: 1000, height: 1000 },
      trim: null,
      pad: null,
    });
  });

  it('keeps every cut inside the image it is cut from', () => {
    for (const tr of ['w-333,h-77', 'w-1,h-2999', 'w-3999,h-1', 'w-401,h-400,fo-bottom_right']) {
      const { extract, resize, trim } = geometry(tr);
      const cut = trim ?? extract!;
      const from = trim ? resize! : image;
      expect(cut.left + cut.width).toBeLessThanOrEqual(from.width);
      expect(cut.top + cut.height).toBeLessThanOrEqual(from.height);
    }
  });
});
