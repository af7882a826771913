import type { Region } from '../../common/coordinates.ts';

/** Grid thumbnails: fit inside 400 × 400 without upscaling small originals. */
export const THUMBNAIL_STEP = 'w-400,h-400,c-at_max';

const STEP_PATTERN = /^[A-Za-z0-9_.,-]+$/;

/**
 * Adds ImageKit transformation steps to a delivery URL in the query form (`tr=a,b:c`), the form
 * the SDKs use for absolute URLs that already carry `?updatedAt=`. Steps already on the URL run
 * first, so a chain can be extended; the fragment stays last.
 */
export function withTransformation(url: string, steps: readonly string[]): string {
  if (steps.length === 0) return url;
  for (const step of steps) {
    if (!STEP_PATTERN.test(step)) throw new Error(`Not a transformation step: "${step}"`);
  }
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const chain = steps.join(':');

  const existing = /([?&])tr=([^&]*)/.exec(base);
  if (existing) {
    const [whole, separator, current] = existing;
    const merged = current ? `${current}:${chain}` : chain;
    return base.replace(whole, `${separator}tr=${merged}`) + hash;
  }
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${joiner}tr=${chain}${hash}`;
}

export function thumbnailUrl(url: string): string {
  return withTransformation(url, [THUMBNAIL_STEP]);
}

/** The original scaled down to `width` pixels, for showing it in the editor. */
export function scaledUrl(url: string, width: number): string {
  return withTransformation(url, [`w-${Math.max(1, Math.round(width))}`]);
}

/** How ImageKit crops around the *saved* `customCoordinates` (`fo-custom`). */
export function savedFocusUrl(url: string, size: number): string {
  return withTransformation(url, [`w-${size},h-${size},fo-custom`]);
}

/** Exactly `region` (original pixels) cut out, then scaled to `width`. */
export function regionExtractUrl(url: string, region: Region, width: number): string {
  const { x, y, width: w, height: h } = region;
  return withTransformation(url, [`cm-extract,x-${x},y-${y},w-${w},h-${h}`, `w-${width}`]);
}
