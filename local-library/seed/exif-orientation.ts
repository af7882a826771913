import type { Sharp } from 'sharp';
import type { StoredOrientation } from './catalog.ts';

/** Clockwise turn a viewer applies to display an image stored with this EXIF orientation. */
const DISPLAY_TURN: Record<StoredOrientation, number> = { 3: 180, 6: 90, 8: 270 };

/**
 * Turns an upright pipeline's pixels against `orientation` and records the tag, so a viewer that
 * honours EXIF shows the image upright again while one that ignores it shows it turned.
 * sharp only writes Orientation through `withMetadata`; `withExif` silently drops that tag.
 */
export function storeWithOrientation(upright: Sharp, orientation: StoredOrientation): Sharp {
  return upright.rotate(360 - DISPLAY_TURN[orientation]).withMetadata({ orientation });
}
