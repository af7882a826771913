/** A width or height: whole pixels, or a fraction (0 < value < 1) of the step's input. */
export type Length = { kind: 'px'; value: number } | { kind: 'fraction'; value: number };

export const CROPS = ['maintain_ratio', 'force', 'at_max', 'at_max_enlarge', 'at_least'] as const;
export type CropStrategy = (typeof CROPS)[number];

export const CROP_MODES = ['extract', 'pad_resize', 'pad_extract'] as const;
export type CropMode = (typeof CROP_MODES)[number];

/** Where a crop window or a padded image sits: the side or corner it keeps. */
export const ANCHORS = [
  'center',
  'top',
  'left',
  'bottom',
  'right',
  'top_left',
  'top_right',
  'bottom_left',
  'bottom_right',
] as const;
export type Anchor = (typeof ANCHORS)[number];

/** `custom` is the file's saved region; `auto` and `face` both use sharp's attention strategy. */
export type Focus = Anchor | 'custom' | 'auto' | 'face';

export const FORMATS = ['auto', 'orig', 'jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;
export type RequestedFormat = (typeof FORMATS)[number];

/** RGB 0–255 and alpha 0–1, as sharp takes colours. */
export interface Colour {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

export type Rotation = 0 | 90 | 180 | 270;
export type Flip = 'h' | 'v' | 'h_v';

/** One step of a transformation chain; steps are separated by ":" and apply in order. */
export interface TransformStep {
  width?: Length;
  height?: Length;
  /** Width / height, from `ar-W-H`. */
  aspectRatio?: number;
  dpr?: number;
  crop?: CropStrategy;
  cropMode?: CropMode;
  x?: number;
  y?: number;
  xc?: number;
  yc?: number;
  focus?: Focus;
  background?: Colour;
  format?: RequestedFormat;
  quality?: number;
  lossless?: boolean;
  progressive?: boolean;
  blur?: number;
  grayscale?: true;
  /** Clockwise degrees; `rt-auto` is 0 because originals are always turned upright first. */
  rotation?: Rotation;
  flip?: Flip;
  radius?: number | 'max';
  original?: boolean;
}

/** A transformation the library will not render; the message is sent to the requester as is. */
export class TransformError extends Error {
  override name = 'TransformError';
}

/** Each side of every step's result; ImageKit's own limit is far higher, this keeps memory sane. */
export const MAX_OUTPUT_SIDE = 5000;
export const MAX_STEPS = 10;
/** Longer than any real chain of ten steps; refused before any splitting. */
export const MAX_TRANSFORMATION_LENGTH = 1000;
export const MAX_POSITION = 100_000;
