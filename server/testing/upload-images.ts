import sharp from 'sharp';
import { crc32 } from 'node:zlib';

/** A plain PNG of the given size: tiny on disk however many pixels it has. */
export function plainPng(width: number, height: number, background = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

/** Pixels that do not compress: a PNG of about width × height × 3 bytes, for size limits. */
export function noisyPng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2_654_435_761) >>> 24;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/** A valid 1×1 PNG, for cases that need an acceptable image without making one. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The one-pixel PNG with its header (IHDR, the first chunk) rewritten to claim `width`×`height`
 * and its checksum fixed, so the header reads as valid: a decompression bomb of 70 bytes.
 */
export function pngClaiming(width: number, height: number): Buffer {
  const png = Buffer.from(ONE_PIXEL_PNG);
  // Signature (0–7), IHDR length (8–11), type (12–15), width (16–19), height (20–23), … CRC (29–32).
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
