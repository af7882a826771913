import type { Region, Size } from '../../../common/coordinates.ts';
import { resizeWithAspect } from '../../../common/region-aspect.ts';

export const REGION_STEP_PX = 1;
export const REGION_BIG_STEP_PX = 100;

export interface RegionKeyPress {
  key: string;
  /** Shift resizes instead of moving. */
  shiftKey: boolean;
  /** Ctrl or ⌘ takes big steps. */
  bigStep: boolean;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * The region after one key press, in original pixels and kept inside the image: arrows move it,
 * Shift + arrows resize it from its bottom-right corner (→ ↓ grow, ← ↑ shrink). With an aspect
 * ratio locked, the side not pressed follows. Null for other keys.
 */
export function nudgeRegion(
  region: Region,
  image: Size,
  press: RegionKeyPress,
  aspect: number | null = null,
): Region | null {
  const direction = DIRECTIONS[press.key];
  if (!direction) return null;
  const step = press.bigStep ? REGION_BIG_STEP_PX : REGION_STEP_PX;
  const [dx, dy] = [direction[0] * step, direction[1] * step];

  if (press.shiftKey && aspect !== null) {
    return dx !== 0
      ? resizeWithAspect(region, 'width', region.width + dx, aspect, image)
      : resizeWithAspect(region, 'height', region.height + dy, aspect, image);
  }
  if (press.shiftKey) {
    return {
      ...region,
      width: clamp(region.width + dx, 1, image.width - region.x),
      height: clamp(region.height + dy, 1, image.height - region.y),
    };
  }
  return {
    ...region,
    x: clamp(region.x + dx, 0, image.width - region.width),
    y: clamp(region.y + dy, 0, image.height - region.height),
  };
}
