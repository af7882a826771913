import sharp from 'sharp';

type Rgb = { r: number; g: number; b: number };
export const GREEN: Rgb = { r: 0, g: 255, b: 0 };
export const YELLOW: Rgb = { r: 255, g: 255, b: 0 };
export const GREY: Rgb = { r: 128, g: 128, b: 128 };

function block(width: number, height: number, background: Rgb): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

/**
 * Red top-left, green top-right, blue bottom-left, yellow bottom-right: which part of the
 * original a crop or a turn came from shows in the colour of each corner.
 */
export async function quadrantsPng(width: number, height: number): Promise<Buffer> {
  const w = width / 2;
  const h = height / 2;
  return sharp({ create: { width, height, channels: 3, background: { r: 255, g: 0, b: 0 } } })
    .composite([
      { input: await block(w, h, GREEN), left: w, top: 0 },
      { input: await block(w, h, { r: 0, g: 0, b: 255 }), left: 0, top: h },
      { input: await block(w, h, YELLOW), left: w, top: h },
    ])
    .png()
    .toBuffer();
}

/** Flat grey with one saturated, detailed patch: what an attention crop should keep. */
export async function salientPng(
  width: number,
  height: number,
  patch: { x: number; y: number; size: number },
): Promise<Buffer> {
  const stripes = Buffer.alloc(patch.size * patch.size * 3);
  for (let i = 0; i < patch.size * patch.size; i++) {
    const on = (i % patch.size) % 8 < 4;
    stripes.set(on ? [255, 40, 40] : [255, 220, 0], i * 3);
  }
  const detail = await sharp(stripes, {
    raw: { width: patch.size, height: patch.size, channels: 3 },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: GREY } })
    .composite([{ input: detail, left: patch.x, top: patch.y }])
    .png()
    .toBuffer();
}

/** A photo-like JPEG (smooth noise): real encoders and decoders take realistic time on it. */
export async function photoJpeg(width: number, height: number): Promise<Buffer> {
  const small = { width: Math.ceil(width / 16), height: Math.ceil(height / 16) };
  const noise = Buffer.alloc(small.width * small.height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { ...small, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .jpeg({ quality: 85 })
    .toBuffer();
}
