import type { Region, Size } from './coordinates.ts';

/**
 * Regions held to an aspect ratio (width / height), in original pixels. Pixels are whole, so a
 * ratio holds to within rounding: the height is always `round(width / ratio)`, the width moves
 * only when the height was typed. Every result lies inside the image and is at least 1 × 1.
 */

/** Ratios outside this range are typing mistakes, not crops anyone delivers. */
export const MIN_ASPECT = 0.1;
export const MAX_ASPECT = 10;

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const RATIO_PATTERN = new RegExp(`^${NUMBER}(?:\\s*[:/x×]\\s*${NUMBER})?$`, 'i');

/** "16:9", "16/9", "4 x 5", "1.91:1" or "1.5" → width / height; null when not a usable ratio. */
export function parseAspect(text: string): number | null {
  const match = RATIO_PATTERN.exec(text.trim());
  if (!match) return null;
  const width = Number(match[1]);
  const height = match[2] === undefined ? 1 : Number(match[2]);
  if (!(width > 0 && height > 0)) return null;
  const ratio = width / height;
  return ratio >= MIN_ASPECT && ratio <= MAX_ASPECT ? ratio : null;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Whether `region` has the ratio, to within the rounding of one pixel. */
export function hasAspect(region: Region, ratio: number): boolean {
  return Math.abs(region.height - region.width / ratio) <= 0.5 + 1e-9 || region.width <= 1;
}

/** The biggest width of this ratio that fits in `room` (width and height available). */
function widthFitting(room: Size, ratio: number): number {
  let width = Math.max(1, Math.min(room.width, Math.floor(room.height * ratio + 0.5)));
  while (width > 1 && Math.round(width / ratio) > room.height) width -= 1;
  return width;
}

/** The rectangle of the ratio and the given width, centred on (cx, cy), moved inside the image. */
function centredAt(cx: number, cy: number, width: number, ratio: number, image: Size): Region {
  const height = clamp(Math.round(width / ratio), 1, image.height);
  return {
    x: clamp(Math.round(cx - width / 2), 0, image.width - width),
    y: clamp(Math.round(cy - height / 2), 0, image.height - height),
    width,
    height,
  };
}

/**
 * The smallest region of the ratio that contains `region`, on the same centre: choosing a ratio
 * must not cut off what the user marked as important. Where that would not fit in the image, the
 * biggest region of the ratio that fits, as close to the same centre as the image allows.
 */
export function conformToAspect(region: Region, ratio: number, image: Size): Region {
  const cx = region.x + region.width / 2;
  const cy = region.y + region.height / 2;
  const wanted = Math.max(region.width, Math.ceil(region.height * ratio));
  const width = Math.min(wanted, widthFitting(image, ratio));
  return centredAt(cx, cy, width, ratio, image);
}

/**
 * One side set to `value` and the other following the ratio, the top-left corner staying put
 * (as when typing a number or pulling the bottom-right corner). Capped where the region would
 * leave the image.
 */
export function resizeWithAspect(
  region: Region,
  side: 'width' | 'height',
  value: number,
  ratio: number,
  image: Size,
): Region {
  const room = { width: image.width - region.x, height: image.height - region.y };
  const asked = side === 'width' ? value : Math.round(value * ratio);
  const width = clamp(asked, 1, widthFitting(room, ratio));
  return {
    x: region.x,
    y: region.y,
    width,
    height: clamp(Math.round(width / ratio), 1, room.height),
  };
}

/** Puts a dragged region (ratio held on screen, off by rounding) exactly on the ratio. */
export function snapToAspect(region: Region, ratio: number, image: Size): Region {
  if (hasAspect(region, ratio)) return region;
  return resizeWithAspect(region, 'width', region.width, ratio, image);
}
