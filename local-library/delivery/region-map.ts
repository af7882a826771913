import type { Region, Size } from '../files/region.ts';
import type { Rect } from './focus-window.ts';
import type { Flip, Rotation } from './transform-step.ts';

/**
 * Where the saved region (`customCoordinates`) lands after each geometric operation, so a later
 * step's `fo-custom` still finds it. Null once the region is cut away entirely.
 */

export function cutRegion(region: Region | null, rect: Rect): Region | null {
  if (!region) return null;
  const left = Math.max(region.x, rect.left);
  const top = Math.max(region.y, rect.top);
  const right = Math.min(region.x + region.width, rect.left + rect.width);
  const bottom = Math.min(region.y + region.height, rect.top + rect.height);
  if (right <= left || bottom <= top) return null;
  return { x: left - rect.left, y: top - rect.top, width: right - left, height: bottom - top };
}

export function scaleRegion(region: Region | null, from: Size, to: Size): Region | null {
  if (!region) return null;
  if (from.width === to.width && from.height === to.height) return region;
  const [x, width] = scaleSpan(region.x, region.width, to.width / from.width, to.width);
  const [y, height] = scaleSpan(region.y, region.height, to.height / from.height, to.height);
  return { x, y, width, height };
}

export function shiftRegion(region: Region | null, left: number, top: number): Region | null {
  return region && { ...region, x: region.x + left, y: region.y + top };
}

/** Turns the region with the image (clockwise), then mirrors it; `size` is before turning. */
export function turnRegion(
  region: Region | null,
  size: Size,
  rotation: Rotation,
  flip: Flip | undefined,
): Region | null {
  if (!region) return null;
  let { x, y, width, height } = region;
  let { width: w, height: h } = size;
  if (rotation === 90) [x, y, width, height, w, h] = [h - y - height, x, height, width, h, w];
  if (rotation === 180) [x, y] = [w - x - width, h - y - height];
  if (rotation === 270) [x, y, width, height, w, h] = [y, w - x - width, height, width, h, w];
  if (flip === 'h' || flip === 'h_v') x = w - x - width;
  if (flip === 'v' || flip === 'h_v') y = h - y - height;
  return { x, y, width, height };
}

/** A span scaled and snapped to whole pixels inside `0..size`, never thinner than one pixel. */
function scaleSpan(start: number, length: number, scale: number, size: number): [number, number] {
  let lo = Math.min(Math.max(Math.round(start * scale), 0), size);
  let hi = Math.min(Math.max(Math.round((start + length) * scale), 0), size);
  if (hi - lo < 1) {
    if (lo >= size) lo = size - 1;
    hi = lo + 1;
  }
  return [lo, hi - lo];
}
