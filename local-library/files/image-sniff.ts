import type { ImageFormat } from './file-record.ts';

/** Enough of the start of a file to recognise every format below. */
export const SNIFF_BYTES = 64;

const startsWith = (data: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((byte, i) => data[at + i] === byte);

const ascii = (data: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...data.subarray(from, to));

/**
 * The image format the bytes themselves announce, or null. Decides before any decoder sees the
 * data, so that text, SVG (which can carry scripts), PDF or anything else sharp might also read
 * never reaches it, whatever the file is called.
 */
export function sniffImageFormat(data: Uint8Array): ImageFormat | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  const head = ascii(data, 0, 6);
  if (head === 'GIF87a' || head === 'GIF89a') return 'gif';
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP') return 'webp';
  if (isAvif(data)) return 'avif';
  if (startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff';
  }
  return null;
}

/** ISO base media with an AVIF brand, major or compatible, in its leading "ftyp" box. */
function isAvif(data: Uint8Array): boolean {
  if (data.length < 16 || ascii(data, 4, 8) !== 'ftyp') return false;
  const boxEnd = Math.min(new DataView(data.buffer, data.byteOffset).getUint32(0), data.length);
  const brands = [ascii(data, 8, 12)];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(data, at, at + 4));
  return brands.includes('avif') || brands.includes('avis');
}
