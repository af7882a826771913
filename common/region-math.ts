import type { Region, Size } from './coordinates.ts';

/** A rectangle in percent (0..100) of the image, as react-image-crop reports it. */
export interface PercentRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Snaps both edges of one axis to whole pixels inside [0, size], keeping at least 1 px.
 * Edges are rounded (not the size) so that a region touching the far edge on screen touches
 * it in the original too, whatever the scale.
 */
function snapSpan(start: number, end: number, size: number): [number, number] {
  let lo = clamp(Math.round(start), 0, size);
  let hi = clamp(Math.round(end), 0, size);
  if (hi - lo < 1) {
    if (lo >= size) lo = size - 1;
    hi = lo + 1;
  }
  return [lo, hi - lo];
}

/** Clamps any rectangle (fractions, negatives, overflow) to a valid integer region of `image`. */
export function clampRegion(region: Region, image: Size): Region {
  const [x, width] = snapSpan(region.x, region.x + region.width, image.width);
  const [y, height] = snapSpan(region.y, region.y + region.height, image.height);
  return { x, y, width, height };
}

/** Displayed pixels (the image as scaled on screen) → original pixels, clamped and integer. */
export function displayedToOriginal(region: Region, displayed: Size, original: Size): Region {
  return scaleRegion(region, displayed, original);
}

/** Original pixels → displayed pixels; fractional, for drawing only. */
export function originalToDisplayed(region: Region, original: Size, displayed: Size): Region {
  const sx = displayed.width / original.width;
  const sy = displayed.height / original.height;
  return {
    x: region.x * sx,
    y: region.y * sy,
    width: region.width * sx,
    height: region.height * sy,
  };
}

/** Percent of the image → original pixels, clamped and integer. */
export function percentToOriginal(region: PercentRegion, original: Size): Region {
  return clampRegion(
    {
      x: (region.x / 100) * original.width,
      y: (region.y / 100) * original.height,
      width: (region.width / 100) * original.width,
      height: (region.height / 100) * original.height,
    },
    original,
  );
}

/** Original pixels → percent of the image; exact, so a round trip lands on the same pixels. */
export function originalToPercent(region: Region, original: Size): PercentRegion {
  return {
    x: (region.x / original.width) * 100,
    y: (region.y / original.height) * 100,
    width: (region.width / original.width) * 100,
    height: (region.height / original.height) * 100,
  };
}

/**
 * A region of one image placed on another of a different size ("same as previous"): the same
 * part of the frame, each axis scaled on its own (a 10 %-from-the-left region stays 10 % from the
 * left), whole pixels inside the new image. Edges are scaled rather than the size, so a region
 * that touched an edge still touches it.
 */
export function scaleRegion(region: Region, from: Size, to: Size): Region {
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  return clampRegion(
    { x: region.x * sx, y: region.y * sy, width: region.width * sx, height: region.height * sy },
    to,
  );
}
