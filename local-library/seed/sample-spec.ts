import type { Background } from './backgrounds.ts';
import type { Placement } from './compose.ts';
import type { DrawProduct, ProductStyle } from './svg-kit.ts';

/** EXIF orientations whose stored pixels we rotate so the image still displays upright. */
export type StoredOrientation = 3 | 6 | 8;

/** One sample image: what to draw, where, on what, and how it lands in the library. */
export interface SampleSpec {
  /** kebab-case; the extension (.jpg or .png) decides the encoding. */
  fileName: string;
  folder: string;
  /** Upright size, as a viewer shows it after applying `orientation`. */
  width: number;
  height: number;
  orientation?: StoredOrientation;
  background: Background;
  product: DrawProduct;
  style: ProductStyle;
  placement: Placement;
  tags: string[] | null;
}
