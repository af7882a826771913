import sharp from 'sharp';

type Rgb = { r: number; g: number; b: number };
export const RED: Rgb = { r: 255, g: 0, b: 0 };
export const BLUE: Rgb = { r: 0, g: 0, b: 255 };
export const WHITE: Rgb = { r: 255, g: 255, b: 255 };

export function solidImage(width: number, height: number, color: Rgb = WHITE): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

export function solidJpeg(width: number, height: number, color: Rgb = WHITE): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
}

/** Left half red, right half blue: where a crop came from is visible in its pixels. */
export async function twoColourPng(width: number, height: number): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const blue = await sharp({
    create: { width: width - half, height, channels: 3, background: BLUE },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: RED } })
    .composite([{ input: blue, left: half, top: 0 }])
    .png()
    .toBuffer();
}

/** A red square at (x, y) on white. */
export async function redSquareOnWhite(
  width: number,
  height: number,
  square: { x: number; y: number; size: number },
): Promise<Buffer> {
  const red = await sharp({
    create: { width: square.size, height: square.size, channels: 3, background: RED },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: WHITE } })
    .composite([{ input: red, left: square.x, top: square.y }])
    .png()
    .toBuffer();
}

/** Stored `storedWidth`×`storedHeight` with EXIF Orientation 6: displayed turned 90°, so tall. */
export function rotatedJpeg(storedWidth: number, storedHeight: number): Promise<Buffer> {
  return sharp({
    create: { width: storedWidth, height: storedHeight, channels: 3, background: BLUE },
  })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export function transparentPng(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
}

/** Share of pixels (0..1) close to the given colour. */
export async function shareOfColour(image: Buffer, color: Rgb): Promise<number> {
  const { data, info } = await sharp(image)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let matching = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const close =
      Math.abs(data[i]! - color.r) < 60 &&
      Math.abs(data[i + 1]! - color.g) < 60 &&
      Math.abs(data[i + 2]! - color.b) < 60;
    if (close) matching += 1;
  }
  return matching / (info.width * info.height);
}

/**
 * A real JPEG whose frame header (SOF0) is rewritten to claim `width`×`height`: a decompression
 * bomb in a few hundred bytes. JPEG headers carry no checksum, so the claim reads as valid.
 */
export async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const data = Buffer.from(await solidJpeg(8, 8));
  const sof = data.indexOf(Buffer.from([0xff, 0xc0]));
  if (sof < 0) throw new Error('no baseline frame header in the JPEG');
  // Marker (2), length (2), precision (1), then height and width, big-endian.
  data.writeUInt16BE(height, sof + 5);
  data.writeUInt16BE(width, sof + 7);
  return data;
}
