import { describe, expect, it } from 'vitest';
import {
  formatTransformation,
  parseTransformation,
  TransformError,
  type TransformStep,
} from './transform-parser.ts';

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
    ['h-300,w-400,fo-custom', [{ width: px(400), height: px(300), focus: 'custom' }]],
    [
      'cm-extract,x-10,y-20,w-30,h-40',
      [{ cropMode: 'extract', x: 10, y: 20, width: px(30), height: px(40) }],
    ],
    [
      'cm-extract,xc-50,yc-60,w-10,h-10',
      [{ cropMode: 'extract', xc: 50, yc: 60, width: px(10), height: px(10) }],
    ],
    [
      'w-400,h-400,fo-custom,cm-extract',
      [{ width: px(400), height: px(400), focus: 'custom', cropMode: 'extract' }],
    ],
    ['w-400:h-100', [{ width: px(400) }, { height: px(100) }]],
    ['n-ik_ml_thumbnail', [{ width: px(400), height: px(400), crop: 'at_max' }]],
    [
      'w-100:n-media_library_thumbnail',
      [{ width: px(100) }, { width: px(400), height: px(400), crop: 'at_max' }],
    ],
  ];
  it.each(cases)('%j', (text, steps) => {
    expect(parseTransformation(text)).toEqual(steps);
  });
});

describe('parseTransformation, when the value is junk', () => {
  const cases: [string, RegExp][] = [
    ['q-80', /Unknown transformation parameter "q-80"/],
    ['w', /Unknown transformation parameter "w"|has no value/],
    ['w-', /"w-" has no value/],
    ['w-abc', /Invalid "w-abc"/],
    ['w-0', /Invalid "w-0"/],
    ['w-1.5', /Invalid "w-1.5"/],
    ['w-5001', /Invalid "w-5001"/],
    ['w-100,w-200', /"w" appears twice/],
    ['w-100::h-100', /step is empty/],
    ['w-100:', /step is empty/],
    ['c-pad_resize', /Unsupported crop "c-pad_resize"/],
    ['cm-pad_extract', /Unsupported crop mode "cm-pad_extract"/],
    ['fo-face', /Unsupported focus "fo-face"/],
    ['c-at_max,cm-extract', /either c- or cm-/],
    ['x-10,w-100', /only apply together with cm-extract/],
    ['cm-extract,x-1,xc-1', /either x-\/y- or xc-\/yc-/],
    ['cm-extract,x--5', /Invalid "x--5"/],
    ['n-unknown', /Unknown named transformation "n-unknown"/],
    ['n-toString', /Unknown named transformation "n-toString"/],
    ['n-ik_ml_thumbnail,w-100', /must be alone in its step/],
    ['w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1:w-1', /at most 10 steps/],
  ];
  it.each(cases)('%j', (text, message) => {
    expect(() => parseTransformation(text)).toThrow(TransformError);
    expect(() => parseTransformation(text)).toThrow(message);
  });
});

describe('formatTransformation', () => {
  it('gives one text for every spelling of the same transformation', () => {
    const spellings = ['h-200,fo-custom,w-300', 'w-300,h-200,fo-custom', 'fo-custom,w-300,h-200'];
    const formatted = spellings.map((text) => formatTransformation(parseTransformation(text)));
    expect(new Set(formatted)).toEqual(new Set(['w-300,h-200,fo-custom']));
  });

  it('expands presets and keeps the order of steps', () => {
    expect(formatTransformation(parseTransformation('n-ik_ml_thumbnail:w-0.5'))).toBe(
      'w-400,h-400,c-at_max:w-0.5',
    );
  });
});
