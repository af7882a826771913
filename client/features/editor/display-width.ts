import type { Size } from '../../../common/coordinates.ts';

/** Requested widths snap to this grid so small layout changes reuse the cached image. */
export const DISPLAY_WIDTH_STEP_PX = 400;
/** Used before the layout is known (and in environments without layout). */
export const FALLBACK_DISPLAY_WIDTH_PX = 1200;

/**
 * How wide an image to ask ImageKit for, to show `image` fitted inside `stage` on a screen with
 * `pixelRatio`: enough pixels to be sharp, never more than the original has.
 */
export function displayWidthFor(stage: Size, image: Size, pixelRatio: number): number {
  if (stage.width <= 0 || stage.height <= 0) {
    return Math.min(image.width, FALLBACK_DISPLAY_WIDTH_PX);
  }
  const scale = Math.min(stage.width / image.width, stage.height / image.height, 1);
  const needed = image.width * scale * Math.max(1, pixelRatio);
  const snapped = Math.ceil(needed / DISPLAY_WIDTH_STEP_PX) * DISPLAY_WIDTH_STEP_PX;
  return Math.min(snapped, image.width);
}
