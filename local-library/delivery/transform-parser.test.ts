import { describe, expect, it } from 'vitest';
import { canonicalTransformation, parseChain, parseTransformation } from './transform-parser.ts';
import { TransformError, type TransformStep } from './transform-step.ts';

const px = (value: number) => ({ kind: 'px', value }) as const;

describe('parseTransformation, when the value is valid', () => {
  const cases: [string, TransformStep[]][] = [
    ['', []],
    ['w-300', [{ width: px(300) }]],
    ['w-300,h-200', [{ width: px(300), height: px(200) }]],
    [
      'w-0.5,h-.25',
      [{ width: { kind: 'fraction', value: 0.5 }, height: { kind: 'fraction', value: 0.25 } }],
    ],
    ['w-400,h-300,c-at_max', [{ width: px(400), height: px(300), crop: 'at_max' }]],
    ['w-400,c-at_max_enlarge', [{ width: px(400), crop: 'at_max_enlarge' }]],
    ['h-300,w-400,fo-custom', [{ width: px(400), height: px(300), focus: 'custom' }]],
    [
      'cm-extract,x-10,y-20,w-30,h-40',
      [{ cropMode: 'extract', x: 10, y: 20, width: px(30), height: px(40) }],
    ],
    [
      'cm-extract,xc-50,yc-60,w-10,h-10',
      [{ cropMode: 'extract', xc: 50, yc: 60, width: px(10), height: px(10) }],
    ],
    ['w-400:h-100', [{ width: px(400) }, { height: px(100) }]],
    ['n-ik_ml_thumbnail', [{ width: px(400), height: px(400), crop: 'at_max' }]],
    ['ar-4-5,w-400', [{ aspectRatio: 0.8, width: px(400) }]],
    ['ar-16_9,h-90', [{ aspectRatio: 16 / 9, height: px(90) }]],
    ['w-300,dpr-2', [{ width: px(300), dpr: 2 }]],
    ['w-300,dpr-0.5', [{ width: px(300), dpr: 0.5 }]],
    ['f-auto', [{ format: 'auto' }]],
    ['w-300,f-webp', [{ width: px(300), format: 'webp' }]],
    ['q-50,lo-true,pr-false', [{ quality: 50, lossless: true, progressive: false }]],
    [
      'w-300,h-200,cm-pad_resize,bg-F3F3F3',
      [
        {
          width: px(300),
          height: px(200),
          cropMode: 'pad_resize',
          background: { r: 243, g: 243, b: 243, alpha: 1 },
        },
      ],
    ],
    ['bg-0000FF00', [{ background: { r: 0, g: 0, b: 255, alpha: 0 } }]],
    [
      'fo-bottom_right,cm-extract,w-10',
      [{ focus: 'bottom_right', cropMode: 'extract', width: px(10) }],
    ],
    ['fo-auto,w-10,h-10', [{ focus: 'auto', width: px(10), height: px(10) }]],
    ['fo-face', [{ focus: 'face' }]],
    ['bl-10,e-grayscale', [{ blur: 10, grayscale: true }]],
    ['rt-90', [{ rotation: 90 }]],
    ['rt-N90', [{ rotation: 270 }]],
    ['rt-360', [{ rotation: 0 }]],
    ['rt-auto', [{ rotation: 0 }]],
    ['fl-v_h', [{ flip: 'h_v' }]],
    ['r-20', [{ radius: 20 }]],
    ['r-max', [{ radius: 'max' }]],
    ['orig-true', [{ original: true }]],
  ];
  it.each(cases)('%j', (text, steps) => {
    expect(parseTransformation(text)).toEqual(steps);
  });
});

describe('parseTransformation, when the value is refused', () => {
  const cases: [string, RegExp][] = [
    ['zz-80', /Unknown transformation parameter "zz-80"/],
    ['w', /"w" has no value/],
    ['w-', /"w-" has no value/],
    ['w-100,,h-100', /empty parameter/],
    ['w-abc', /Invalid "w-abc"/],
    ['w-0', /Invalid "w-0"/],
    ['w-1.5', /Invalid "w-1.5"/],
    ['w-5001', /Invalid "w-5001"/],
    ['w-99999999', /Invalid "w-99999999"/],
    ['w-99999999999999999999', /Invalid/],
    ['w--5', /Invalid "w--5"/],
    ['w-1e3', /Invalid "w-1e3"/],
    ['w-NaN', /Invalid "w-NaN"/],
    ['w-Infinity', /Invalid "w-Infinity"/],
    ['w-0x10', /Invalid "w-0x10"/],
    ['w-auto', /not supported by the local library/],
    ['w-iw_div_2', /not supported by the local library/],
    ['q-0', /Invalid "q-0"/],
    ['q-101', /Invalid "q-101"/],
    ['q-50.5', /Invalid "q-50.5"/],
    ['dpr-0', /Invalid "dpr-0"/],
    ['dpr-5.5', /Invalid "dpr-5.5"/],
    ['dpr-auto', /"dpr-auto" is not supported/],
    ['ar-4', /Invalid "ar-4"/],
    ['ar-0-3', /Invalid "ar-0-3"/],
    ['bl-0', /Invalid "bl-0"/],
    ['bl-101', /Invalid "bl-101"/],
    ['rt-45', /Invalid "rt-45"/],
    ['rt-450', /Invalid "rt-450"/],
    ['r-0', /Invalid "r-0"/],
    ['r-10_20_30_40', /one radius for all corners/],
    ['bg-red', /Invalid "bg-red"/],
    ['bg-FFF', /Invalid "bg-FFF"/],
    ['f-svg', /Unsupported format "f-svg"/],
    ['lo-yes', /Invalid "lo-yes"/],
    ['c-pad_resize', /Unsupported crop "c-pad_resize"/],
    ['cm-pad_resize_no_enlarge', /Unsupported crop mode/],
    ['fo-car', /object-aware focus/],
    ['e-sharpen', /does not render/],
    [
      'l-text,i-Hello,l-end',
      /"l-text" is an ImageKit transformation the local library does not render/,
    ],
    ['o-50', /does not render/],
    ['c-at_max,cm-extract', /either c- or cm-/],
    ['x-10,w-100', /only apply together with cm-extract/],
    ['cm-pad_extract,x-10,w-100', /only apply together with cm-extract/],
    ['cm-extract,x-1,xc-1', /either x-\/y- or xc-\/yc-/],
    ['cm-extract,x--5', /Invalid "x--5"/],
    ['w-100,w-200', /"w" appears twice/],
    ['q-10,q-20', /"q" appears twice/],
    ['w-100::h-100', /step is empty/],
    ['w-100:', /step is empty/],
    ['n-unknown', /Unknown named transformation "n-unknown"/],
    ['n-toString', /Unknown named transformation "n-toString"/],
    ['n-ik_ml_thumbnail,w-100', /must be alone in its step/],
    ['__proto__-1', /Unknown transformation parameter/],
    ['constructor-1', /Unknown transformation parameter/],
    ['w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1', /at most 10 steps/],
    [Array(5000).fill('w-1').join(':'), /at most 1000 are accepted/],
    ['w-100\u0000', /not allowed \(U\+0000\)/],
    ['w-100\n', /not allowed \(U\+000A\)/],
    ['w-100 ', /not allowed \(U\+0020\)/],
    ['w-1é', /not allowed \(U\+00E9\)/],
    ['w-100/../x', /not allowed \(U\+002F\)/],
  ];
  it.each(cases)('%j', (text, message) => {
    expect(() => parseTransformation(text)).toThrow(TransformError);
    expect(() => parseTransformation(text)).toThrow(message);
  });

  it('caps the steps of the path and query forms together', () => {
    const six = Array(6).fill('w-1').join(':');
    expect(() => parseChain(six, six)).toThrow(/at most 10 steps/);
    expect(parseChain('w-1', 'h-1')).toEqual([{ width: px(1) }, { height: px(1) }]);
  });
});

describe('canonicalTransformation', () => {
  it('gives one text for every spelling of the same transformation', () => {
    const spellings = ['h-200,fo-custom,w-300', 'w-300,h-200,fo-custom', 'fo-custom,w-300,h-200'];
    const canonical = spellings.map((text) => canonicalTransformation(parseTransformation(text)));
    expect(new Set(canonical).size).toBe(1);
  });

  it('expands presets and keeps the order of steps', () => {
    expect(canonicalTransformation(parseTransformation('n-ik_ml_thumbnail:w-0.5'))).toBe(
      canonicalTransformation(parseTransformation('w-400,h-400,c-at_max:w-0.5')),
    );
    expect(canonicalTransformation(parseTransformation('w-1:h-1'))).not.toBe(
      canonicalTransformation(parseTransformation('h-1:w-1')),
    );
  });
});
