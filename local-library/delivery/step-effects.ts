import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { Size } from '../files/region.ts';
import type { TransformStep } from './transform-step.ts';

export type RawImage = { data: Buffer; info: OutputInfo };

export function toRaw(pipeline: Sharp): Promise<RawImage> {
  return pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
}

export function fromRaw({ data, info }: RawImage): Sharp {
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

export function hasEffects(step: TransformStep): boolean {
  return Boolean(
    step.rotation ||
    step.flip ||
    step.blur ||
    step.grayscale ||
    step.radius !== undefined ||
    flattens(step),
  );
}

/** A `bg-` outside the pad modes fills transparent pixels, as in ImageKit's PNG example. */
function flattens(step: TransformStep): boolean {
  return (
    step.background !== undefined &&
    step.cropMode !== 'pad_resize' &&
    step.cropMode !== 'pad_extract'
  );
}

/**
 * A step's effects after its geometry, in this order: turn, mirror, blur, grayscale, round
 * the corners, fill transparency with `bg-`. Each group runs on materialised pixels because
 * sharp orders operations inside one pipeline by its own rules, not by call order.
 */
export async function applyEffects(pipeline: Sharp, step: TransformStep): Promise<Sharp> {
  let image = fromRaw(await toRaw(pipeline));
  if (step.rotation) image = image.rotate(step.rotation);
  if (step.flip === 'h' || step.flip === 'h_v') image = image.flop();
  if (step.flip === 'v' || step.flip === 'h_v') image = image.flip();
  // ImageKit gives bl as a radius; this is sharp's own radius-to-sigma rule.
  if (step.blur) image = image.blur(1 + step.blur / 2);
  if (step.grayscale) image = image.grayscale();
  if (step.radius !== undefined) {
    const raw = await toRaw(image);
    const size = { width: raw.info.width, height: raw.info.height };
    image = fromRaw(raw)
      .ensureAlpha()
      .composite([{ input: cornerMask(size, step.radius), blend: 'dest-in' }]);
  }
  if (flattens(step)) {
    const { r, g, b } = step.background!;
    image = fromRaw(await toRaw(image)).flatten({ background: { r, g, b } });
  }
  // Materialised once more, so what the caller adds (e.g. flatten before JPEG) comes after.
  return fromRaw(await toRaw(image));
}

/** Opaque where the image stays: a rounded rectangle, or the inscribed ellipse for `r-max`. */
function cornerMask({ width, height }: Size, radius: number | 'max'): Buffer {
  const shape =
    radius === 'max'
      ? `<ellipse cx="${width / 2}" cy="${height / 2}" rx="${width / 2}" ry="${height / 2}"/>`
      : `<rect width="${width}" height="${height}" rx="${Math.min(radius, width / 2, height / 2)}"/>`;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shape}</svg>`,
  );
}
