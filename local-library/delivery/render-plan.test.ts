import { describe, expect, it } from 'vitest';
import type { Region, Size } from '../files/region.ts';
import { planChain, planStep, type StepPlan } from './render-plan.ts';
import type { Point } from './step-geometry.ts';
import { parseTransformation } from './transform-parser.ts';
import { TransformError } from './transform-step.ts';

const image: Size = { width: 800, height: 600 };
const region: Region = { x: 600, y: 100, width: 100, height: 100 };
const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
});
const size = (width: number, height: number) => ({ width, height });

function plan(tr: string, withRegion: Region | null = null, attention: Point | null = null) {
  const [step] = parseTransformation(tr);
  return planStep(step!, image, withRegion, attention);
}

describe('planStep on an 800x600 image', () => {
  const cases: [string, Region | null, Partial<StepPlan>][] = [
    ['w-400', null, { window: null, scaled: size(400, 300), pad: null }],
    ['h-300', null, { window: null, scaled: size(400, 300) }],
    ['w-0.5', null, { scaled: size(400, 300) }],
    ['w-1600', null, { scaled: size(1600, 1200) }],
    ['w-400,h-400', null, { window: rect(100, 0, 600, 600), scaled: size(400, 400) }],
    ['w-400,h-400,c-maintain_ratio', null, { window: rect(100, 0, 600, 600) }],
    ['w-200,h-200,c-at_max', null, { window: null, scaled: size(200, 150) }],
    ['w-2000,h-2000,c-at_max', null, { scaled: size(800, 600) }],
    ['w-1000,c-at_max', null, { scaled: size(800, 600) }],
    ['w-1600,h-1600,c-at_max_enlarge', null, { scaled: size(1600, 1200) }],
    ['w-400,h-400,c-at_least', null, { scaled: size(533, 400) }],
    ['w-100,h-100,c-force', null, { window: null, scaled: size(100, 100) }],
    // Aspect ratio and DPR
    ['ar-4-5,w-400', null, { window: rect(160, 0, 480, 600), scaled: size(400, 500) }],
    ['ar-1-1,h-300', null, { window: rect(100, 0, 600, 600), scaled: size(300, 300) }],
    ['ar-1-1,w-100,h-50', null, { scaled: size(100, 50) }],
    ['ar-1-1', null, { window: rect(100, 0, 600, 600), scaled: size(600, 600) }],
    ['ar-2-1,fo-bottom', null, { window: rect(0, 200, 800, 400), scaled: size(800, 400) }],
    ['w-300,dpr-2', null, { scaled: size(600, 450) }],
    ['w-300,h-300,dpr-2', null, { scaled: size(600, 600) }],
    ['ar-4-5,w-400,dpr-2', null, { scaled: size(800, 1000) }],
    ['w-3000,dpr-2', null, { scaled: size(3000, 2250) }],
    ['dpr-3', null, { window: null, scaled: size(800, 600) }],
    // Focus on the maintain-ratio crop
    ['w-400,h-400,fo-left', null, { window: rect(0, 0, 600, 600) }],
    ['w-400,h-400,fo-right', null, { window: rect(200, 0, 600, 600) }],
    ['w-400,h-100,fo-top', null, { window: rect(0, 0, 800, 200) }],
    ['w-400,h-100,fo-bottom_left', null, { window: rect(0, 400, 800, 200) }],
    // cm-extract
    ['cm-extract,w-100,h-50', null, { window: rect(350, 275, 100, 50), scaled: size(100, 50) }],
    ['cm-extract,x-10,y-20,w-100,h-50', null, { window: rect(10, 20, 100, 50) }],
    ['cm-extract,x-790,y-590,w-100,h-50', null, { window: rect(700, 550, 100, 50) }],
    ['cm-extract,xc-100,yc-100,w-100,h-50', null, { window: rect(50, 75, 100, 50) }],
    ['cm-extract,w-5000,h-5000', null, { window: null, output: image }],
    ['cm-extract,w-100,h-100,fo-bottom_right', null, { window: rect(700, 500, 100, 100) }],
    ['cm-extract,w-100,h-100,fo-top', null, { window: rect(350, 0, 100, 100) }],
    ['cm-extract,w-100,h-100,fo-left', null, { window: rect(0, 250, 100, 100) }],
    // Pad modes
    [
      'w-300,h-300,cm-pad_resize',
      null,
      { window: null, scaled: size(300, 225), pad: { top: 38, bottom: 37, left: 0, right: 0 } },
    ],
    [
      'w-300,h-300,cm-pad_resize,fo-top',
      null,
      { pad: { top: 0, bottom: 75, left: 0, right: 0 }, output: size(300, 300) },
    ],
    [
      'w-600,h-300,cm-pad_resize,fo-left',
      null,
      { scaled: size(400, 300), pad: { top: 0, bottom: 0, left: 0, right: 200 } },
    ],
    ['w-300,cm-pad_resize', null, { scaled: size(300, 225), pad: null }],
    [
      'w-1000,h-700,cm-pad_extract',
      null,
      { window: null, scaled: image, pad: { top: 50, bottom: 50, left: 100, right: 100 } },
    ],
    [
      'w-400,h-700,cm-pad_extract,fo-bottom_right',
      null,
      { window: rect(400, 0, 400, 600), pad: { top: 100, bottom: 0, left: 0, right: 0 } },
    ],
    ['w-400,h-300,cm-pad_extract', null, { window: rect(200, 150, 400, 300), pad: null }],
    // Turning
    ['w-400,rt-90', null, { scaled: size(400, 300), output: size(300, 400) }],
    ['w-400,rt-180', null, { output: size(400, 300) }],
    // fo-custom
    ['w-200,h-200,fo-custom', region, { window: rect(600, 100, 100, 100), scaled: size(200, 200) }],
    ['w-200,h-200,fo-custom', null, { window: rect(100, 0, 600, 600) }],
    ['w-400,h-100,fo-custom', region, { window: rect(400, 100, 400, 100) }],
    ['cm-extract,w-50,h-50,fo-custom', region, { window: rect(625, 125, 50, 50) }],
    ['cm-extract,fo-custom', region, { window: rect(600, 100, 100, 100), output: size(100, 100) }],
    ['fo-custom', region, { window: null, scaled: image, output: image }],
  ];
  it.each(cases)('%s', (tr, withRegion, expected) => {
    expect(plan(tr, withRegion)).toMatchObject(expected);
  });

  it('centres fo-auto and fo-face on the attention point', () => {
    const point = { x: 700, y: 500 };
    expect(plan('w-400,h-400,fo-auto', null, point).window).toEqual(rect(200, 0, 600, 600));
    expect(plan('cm-extract,w-100,h-100,fo-face', null, point).window).toEqual(
      rect(650, 450, 100, 100),
    );
    expect(plan('w-400,h-400,fo-auto').window).toEqual(rect(100, 0, 600, 600));
  });

  it('carries the region into the output pixels', () => {
    expect(plan('w-400', region).region).toEqual({ x: 300, y: 50, width: 50, height: 50 });
    expect(plan('cm-extract,x-500,y-0,w-300,h-300', region).region).toEqual({
      x: 100,
      y: 100,
      width: 100,
      height: 100,
    });
    expect(plan('cm-extract,x-0,y-0,w-100,h-100', region).region).toBeNull();
    expect(plan('w-1000,h-700,cm-pad_extract', region).region).toEqual({
      x: 700,
      y: 150,
      width: 100,
      height: 100,
    });
    expect(plan('rt-90', region).region).toEqual({ x: 400, y: 600, width: 100, height: 100 });
    expect(plan('fl-h', region).region).toEqual({ x: 100, y: 100, width: 100, height: 100 });
  });
});

describe('planChain', () => {
  it('applies each step to the previous output, so fo-custom works after a resize', () => {
    const plans = planChain(parseTransformation('w-400:w-100,h-100,fo-custom'), image, region);
    expect(plans.map((p) => p.output)).toEqual([size(400, 300), size(100, 100)]);
    expect(plans[1]!.window).toEqual(rect(300, 50, 50, 50));
  });

  it('refuses results larger than 5000 px on a side, at any step', () => {
    expect(() => planChain(parseTransformation('h-5000'), size(800, 100), null)).toThrow(
      TransformError,
    );
    expect(() => planChain(parseTransformation('w-4000:w-0.9:h-5000'), image, null)).toThrow(
      /each side can be at most 5000/,
    );
    expect(() =>
      planChain(parseTransformation('w-5000,h-5000,c-at_least'), size(1, 1000), null),
    ).toThrow(/each side can be at most 5000/);
    expect(() =>
      planChain(parseTransformation('w-4000,h-5000,cm-pad_extract,rt-90'), image, null),
    ).not.toThrow();
  });
});
