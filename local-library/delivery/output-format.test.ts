import { describe, expect, it } from 'vitest';
import type { ImageFormat } from '../files/file-record.ts';
import { negotiate, resolveOutput } from './output-format.ts';
import { parseTransformation } from './transform-parser.ts';

const CHROME = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8';
const OLD_SAFARI = 'image/webp,image/png,image/svg+xml,image/*;q=0.8,video/*;q=0.8,*/*;q=0.5';

describe('negotiate', () => {
  const cases: [string | undefined, 'avif' | 'webp' | null][] = [
    [CHROME, 'avif'],
    [OLD_SAFARI, 'webp'],
    ['image/avif;q=0,image/webp', 'webp'],
    ['IMAGE/WEBP', 'webp'],
    ['image/*,*/*', null],
    ['', null],
    [undefined, null],
  ];
  it.each(cases)('%s → %s', (accept, expected) => {
    expect(negotiate(accept)).toBe(expected);
  });
});

describe('resolveOutput', () => {
  const cases: [
    string,
    ImageFormat,
    string | undefined,
    Partial<ReturnType<typeof resolveOutput>>,
  ][] = [
    ['w-100', 'png', CHROME, { format: 'png', negotiated: false, lossless: false }],
    ['f-auto', 'jpeg', CHROME, { format: 'avif', negotiated: true }],
    ['f-auto', 'jpeg', OLD_SAFARI, { format: 'webp', negotiated: true }],
    ['f-auto', 'png', 'image/png', { format: 'png', negotiated: true }],
    ['f-jpg', 'png', CHROME, { format: 'jpeg', negotiated: false }],
    ['f-jpeg', 'png', undefined, { format: 'jpeg' }],
    ['f-orig', 'gif', CHROME, { format: 'gif' }],
    ['f-png:f-webp', 'jpeg', undefined, { format: 'webp' }],
    ['q-50', 'jpeg', undefined, { quality: 50 }],
    ['q-50:q-70', 'jpeg', undefined, { quality: 70 }],
    ['f-webp,lo-true', 'png', undefined, { format: 'webp', lossless: true }],
    ['pr-true', 'jpeg', undefined, { progressive: true }],
    ['bg-FF0000', 'png', undefined, { matte: { r: 255, g: 0, b: 0, alpha: 1 } }],
    ['w-1', 'png', undefined, { matte: { r: 255, g: 255, b: 255, alpha: 1 } }],
  ];
  it.each(cases)('%s from %s', (tr, original, accept, expected) => {
    expect(resolveOutput(parseTransformation(tr), original, accept)).toMatchObject(expected);
  });

  it('leaves quality to the encoder when no q- is given', () => {
    expect(resolveOutput(parseTransformation('w-1'), 'jpeg', undefined).quality).toBeUndefined();
  });
});
