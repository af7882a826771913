import { describe, expect, it } from 'vitest';
import type { Region, Size } from '../files/region.ts';
import { planChain, planStep, type StepPlan } from './render-plan.ts';
import { parseTransformation, TransformError } from './transform-parser.ts';

const image: Size = { width: 800, height: 600 };
const region: Region = { x: 600, y: 100, width: 100, height: 100 };

function plan(tr: string, withRegion: Region | null = null): StepPlan {
  const [step] = parseTransformation(tr);
  return planStep(step!, image, withRegion);
}

describe('planStep', () => {
  const cases: [string, Region | null, Partial<StepPlan>][] = [
    ['w-400', null, { extract: null, resize: { width: 400, height: 300 } }],
    ['h-300', null, { extract: null, resize: { width: 400, height: 300 } }],
    ['w-0.5', null, { resize: { width: 400, height: 300 } }],
    ['w-1600', null, { resize: { width: 1600, height: 1200 } }],
    [
      'w-400,h-400',
      null,
      {
        extract: { left: 100, top: 0, width: 600, height: 600 },
        resize: { width: 400, height: 400 },
      },
    ],
    [
      'w-400,h-400,c-maintain_ratio',
      null,
      {
        extract: { left: 100, top: 0, width: 600, height: 600 },
        output: { width: 400, height: 400 },
      },
    ],
    ['w-200,h-200,c-at_max', null, { extract: null, resize: { width: 200, height: 150 } }],
    [
      'w-2000,h-2000,c-at_max',
      null,
      { extract: null, resize: null, output: { width: 800, height: 600 } },
    ],
    ['w-1000,c-at_max', null, { resize: null, output: { width: 800, height: 600 } }],
    ['w-400,h-400,c-at_least', null, { resize: { width: 533, height: 400 } }],
    ['w-100,h-100,c-force', null, { extract: null, resize: { width: 100, height: 100 } }],
    [
      'cm-extract,w-100,h-50',
      null,
      { extract: { left: 350, top: 275, width: 100, height: 50 }, resize: null },
    ],
    [
      'cm-extract,x-10,y-20,w-100,h-50',
      null,
      { extract: { left: 10, top: 20, width: 100, height: 50 } },
    ],
    [
      'cm-extract,x-790,y-590,w-100,h-50',
      null,
      { extract: { left: 700, top: 550, width: 100, height: 50 } },
    ],
    [
      'cm-extract,xc-100,yc-100,w-100,h-50',
      null,
      { extract: { left: 50, top: 75, width: 100, height: 50 } },
    ],
    ['cm-extract,w-5000,h-5000', null, { extract: null, output: { width: 800, height: 600 } }],
    [
      'w-200,h-200,fo-custom',
      region,
      {
        extract: { left: 600, top: 100, width: 100, height: 100 },
        resize: { width: 200, height: 200 },
      },
    ],
    ['w-200,h-200,fo-custom', null, { extract: { left: 100, top: 0, width: 600, height: 600 } }],
    [
      'w-400,h-100,fo-custom',
      region,
      { extract: { left: 400, top: 100, width: 400, height: 100 } },
    ],
    [
      'cm-extract,w-50,h-50,fo-custom',
      region,
      { extract: { left: 625, top: 125, width: 50, height: 50 } },
    ],
    [
      'cm-extract,fo-custom',
      region,
      {
        extract: { left: 600, top: 100, width: 100, height: 100 },
        output: { width: 100, height: 100 },
      },
    ],
    ['fo-custom', region, { extract: null, resize: null, output: image }],
  ];
  it.each(cases)('%s', (tr, withRegion, expected) => {
    expect(plan(tr, withRegion)).toMatchObject(expected);
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
  });
});

describe('planChain', () => {
  it('applies each step to the previous output, so fo-custom works after a resize', () => {
    const plans = planChain(parseTransformation('w-400:w-100,h-100,fo-custom'), image, region);
    expect(plans.map((p) => p.output)).toEqual([
      { width: 400, height: 300 },
      { width: 100, height: 100 },
    ]);
    expect(plans[1]!.extract).toEqual({ left: 300, top: 50, width: 50, height: 50 });
  });

  it('refuses results larger than 5000 px on a side', () => {
    expect(() =>
      planChain(parseTransformation('h-5000'), { width: 800, height: 100 }, null),
    ).toThrow(TransformError);
    expect(() => planChain(parseTransformation('w-4000:w-0.9:h-5000'), image, null)).toThrow(
      /each side can be at most 5000/,
    );
  });
});
