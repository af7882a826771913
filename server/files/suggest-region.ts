import sharp from 'sharp';
import type { SuggestionMethod } from '../../common/api/suggested-region.ts';
import type { Region, Size } from '../../common/coordinates.ts';
import { clampRegion } from '../../common/region-math.ts';
import { findProduct } from './find-product.ts';
import type { Box, Pixels } from './pixel-box.ts';

/** The reduced copy is asked for at most this big: plenty for a box, quick to analyse. */
export const ANALYSIS_MAX_SIDE_PX = 512;
/** An attention crop covers this share of each side of the image. */
const ATTENTION_SHARE = 0.5;

/** Decodes upright (EXIF applied), with an alpha channel, as raw 8-bit RGBA. */
async function decode(image: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(image, { autoOrient: true })
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * sharp's attention strategy (luminance frequency, saturation, skin) for images where nothing
 * stands apart from its background: a box half the image's size around its focal point.
 */
async function attentionBox(pixels: Pixels): Promise<Box> {
  const { width, height } = pixels;
  const side = Math.max(1, Math.round(Math.min(width, height) * ATTENTION_SHARE));
  const { info } = await sharp(pixels.data, { raw: { width, height, channels: 4 } })
    .resize(side, side, { fit: 'cover', position: 'attention' })
    .toBuffer({ resolveWithObject: true });
  // attentionX/Y are in the image scaled to cover the square; back to the image's pixels.
  const scale = Math.max(side / width, side / height);
  const fx = (info.attentionX ?? side / 2) / scale;
  const fy = (info.attentionY ?? side / 2) / scale;
  const w = Math.round(width * ATTENTION_SHARE);
  const h = Math.round(height * ATTENTION_SHARE);
  return {
    x: Math.min(Math.max(0, Math.round(fx - w / 2)), width - w),
    y: Math.min(Math.max(0, Math.round(fy - h / 2)), height - h),
    width: w,
    height: h,
  };
}

/** A box found in the reduced copy, as a region of the original: outward, whole pixels, inside. */
export function toOriginal(box: Box, reduced: Size, original: Size): Region {
  const sx = original.width / reduced.width;
  const sy = original.height / reduced.height;
  const x = Math.floor(box.x * sx);
  const y = Math.floor(box.y * sy);
  return clampRegion(
    {
      x,
      y,
      width: Math.ceil((box.x + box.width) * sx) - x,
      height: Math.ceil((box.y + box.height) * sy) - y,
    },
    original,
  );
}

/** sharp's attention crop alone, as a region of the original (for comparison in the benchmark). */
export async function attentionRegion(reducedImage: Buffer, original: Size): Promise<Region> {
  const pixels = await decode(reducedImage);
  return toOriginal(await attentionBox(pixels), pixels, original);
}

/**
 * The product's bounding box in the original's pixels, from a reduced copy of the image (any
 * size with the original's proportions), and the method that found it.
 */
export async function suggestRegion(
  reducedImage: Buffer,
  original: Size,
): Promise<{ region: Region; method: SuggestionMethod }> {
  const pixels = await decode(reducedImage);
  const found = findProduct(pixels) ?? { box: await attentionBox(pixels), method: 'attention' };
  return { region: toOriginal(found.box, pixels, original), method: found.method };
}
