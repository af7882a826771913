import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImageFormat } from './image-sniff.ts';

const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } });

describe('sniffImageFormat: the format from the bytes, never the name', () => {
  it.each([
    ['jpeg', () => image.clone().jpeg().toBuffer()],
    ['png', () => image.clone().png().toBuffer()],
    ['webp', () => image.clone().webp().toBuffer()],
    ['gif', () => image.clone().gif().toBuffer()],
    ['avif', () => image.clone().avif().toBuffer()],
    ['tiff', () => image.clone().tiff().toBuffer()],
  ] as const)('when the bytes are a %s, then it says so', async (format, make) => {
    expect(sniffImageFormat(await make())).toBe(format);
  });

  it.each([
    ['text', 'hello'],
    ['SVG', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['PDF', '%PDF-1.7'],
    ['HTML', '<!doctype html>'],
    ['a RIFF that is not WebP', 'RIFF\u0000\u0000\u0000\u0000WAVEfmt '],
    [
      'an ISO file of another brand',
      '\u0000\u0000\u0000\u0018ftypmp42\u0000\u0000\u0000\u0000mp42isom',
    ],
    ['nothing', ''],
  ])('when the bytes are %s, then null', (_what, text) => {
    expect(sniffImageFormat(Buffer.from(text, 'latin1'))).toBeNull();
  });
});
