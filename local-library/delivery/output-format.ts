import type { ImageFormat } from '../files/file-record.ts';
import type { Colour, TransformStep } from './transform-step.ts';

/** How a variant is encoded: settings from anywhere in the chain, the last one given wins. */
export interface OutputSettings {
  format: ImageFormat;
  /** 1–100 for lossy formats; absent means the encoder's default. */
  quality?: number;
  lossless: boolean;
  progressive: boolean;
  /** What transparent pixels become when the format has no alpha (the last `bg-`, else white). */
  matte: Colour;
  /** True when the format was chosen from the request's `Accept` (f-auto): answers `Vary: Accept`. */
  negotiated: boolean;
}

export const WHITE: Colour = { r: 255, g: 255, b: 255, alpha: 1 };

export const MIME_TYPES: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  tiff: 'image/tiff',
};

export function resolveOutput(
  steps: readonly TransformStep[],
  original: ImageFormat,
  accept: string | undefined,
): OutputSettings {
  const last = <K extends keyof TransformStep>(key: K): TransformStep[K] =>
    steps.findLast((step) => step[key] !== undefined)?.[key];
  const requested = last('format');
  let format: ImageFormat = original;
  if (requested === 'auto') format = negotiate(accept) ?? original;
  else if (requested === 'jpg' || requested === 'jpeg') format = 'jpeg';
  else if (requested !== undefined && requested !== 'orig') format = requested;
  return {
    format,
    quality: last('quality'),
    lossless: last('lossless') ?? false,
    progressive: last('progressive') ?? false,
    matte: last('background') ?? WHITE,
    negotiated: requested === 'auto',
  };
}

/**
 * AVIF when the client lists it, else WebP when it lists that; wildcards (`image/*`, `*\/*`)
 * do not count, since browsers that send only those may not decode either.
 */
export function negotiate(accept: string | undefined): 'avif' | 'webp' | null {
  const listed = new Set<string>();
  for (const part of (accept ?? '').slice(0, 1000).split(',')) {
    const [type, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    if (type && (q === undefined || Number(q.slice(2)) > 0)) listed.add(type);
  }
  if (listed.has('image/avif')) return 'avif';
  if (listed.has('image/webp')) return 'webp';
  return null;
}
