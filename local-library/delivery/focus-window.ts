import type { Region, Size } from '../files/region.ts';
import type { Anchor } from './transform-step.ts';

/** A rectangle in the pixels of one image: integers, at least 1×1, inside the image. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The largest window of the given aspect ratio (width / height), centred in the image. */
export function centredWindow(image: Size, aspect: number): Rect {
  const { width, height } = largestWindow(image, aspect);
  return windowAround(image, width, height, image.width / 2, image.height / 2);
}

/**
 * What `fo-custom` crops to: the smallest window of the target aspect ratio that contains the
 * saved region, centred on it and moved (not shrunk) to stay inside the image. When even the
 * largest window of that ratio cannot contain the region, that largest window is used, still
 * centred on the region as far as the image allows.
 */
export function focusWindow(image: Size, region: Region, aspect: number): Rect {
  let width = region.width;
  let height = region.height;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  const largest = largestWindow(image, aspect);
  if (width > largest.width) ({ width, height } = largest);
  return windowAround(
    image,
    width,
    height,
    region.x + region.width / 2,
    region.y + region.height / 2,
  );
}

/** A width×height window (clamped to the image) placed at the side or corner `anchor` names. */
export function anchoredWindow(image: Size, width: number, height: number, anchor: Anchor): Rect {
  const w = clamp(Math.round(width), 1, image.width);
  const h = clamp(Math.round(height), 1, image.height);
  return {
    left: anchorOffset(anchor, 'x', image.width - w),
    top: anchorOffset(anchor, 'y', image.height - h),
    width: w,
    height: h,
  };
}

/**
 * Where something sits along one axis when `free` pixels are left over: at the start for
 * `left`/`top` (and the corners with them), at the end for `right`/`bottom`, else in the middle.
 */
export function anchorOffset(anchor: Anchor, axis: 'x' | 'y', free: number): number {
  const [start, end] = axis === 'x' ? ['left', 'right'] : ['top', 'bottom'];
  if (anchor.includes(start)) return 0;
  if (anchor.includes(end)) return free;
  return Math.round(free / 2);
}

/** The largest window of the given aspect ratio that fits inside the image. */
export function largestWindow(image: Size, aspect: number): Size {
  const width = Math.min(image.width, image.height * aspect);
  return { width, height: width / aspect };
}

/** A width×height window centred on (cx, cy), rounded to pixels and moved to stay inside. */
export function windowAround(
  image: Size,
  width: number,
  height: number,
  cx: number,
  cy: number,
): Rect {
  const w = clamp(Math.round(width), 1, image.width);
  const h = clamp(Math.round(height), 1, image.height);
  return {
    left: clamp(Math.round(cx - w / 2), 0, image.width - w),
    top: clamp(Math.round(cy - h / 2), 0, image.height - h),
    width: w,
    height: h,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
