import type { Region } from '../../common/coordinates.ts';
import type { FileDetails } from '../../common/file-details.ts';

/**
 * Thumbnail edges the grid asks for. A few fixed sizes rather than the exact pixel width, so
 * that cards of nearly the same width share one cached rendition at the CDN and in the browser.
 */
export const THUMBNAIL_SIZES = [160, 240, 320, 400, 480, 640, 800] as const;

/** The smallest thumbnail edge that covers `displayPx` CSS pixels on this screen. */
export function thumbnailSize(displayPx: number, pixelRatio = 1): number {
  const needed = displayPx * Math.max(1, pixelRatio);
  return THUMBNAIL_SIZES.find((size) => size >= needed) ?? THUMBNAIL_SIZES.at(-1)!;
}

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

/** What deciding an image's address needs to know about a file. */
export type ImageFile = Pick<FileDetails, 'fileId' | 'url' | 'isPrivateFile' | 'updatedAt'>;

/**
 * The one place that decides where the browser loads a file's image from. Public files: the
 * delivery URL with the steps. Private files cannot be loaded unsigned, and signing needs the
 * private key, so they go through our server, which answers with a redirect to a short-lived
 * signed URL (same origin, so the session cookie authenticates it). The version in `v` changes
 * with every save, so a cached redirect never shows an old region.
 */
export function imageSrc(file: ImageFile, steps: readonly string[]): string {
  if (!file.isPrivateFile) return withTransformation(file.url, steps);
  const version = encodeURIComponent(file.updatedAt);
  const base = `/api/files/${encodeURIComponent(file.fileId)}/image?v=${version}`;
  return withTransformation(base, steps);
}

/** A grid thumbnail: fits inside `size` × `size` without upscaling small originals. */
export function thumbnailUrl(file: ImageFile, size = 400): string {
  return imageSrc(file, [`w-${size},h-${size},c-at_max`]);
}

/** The original scaled down to `width` pixels, for showing it in the editor. */
export function scaledUrl(file: ImageFile, width: number): string {
  return imageSrc(file, [`w-${Math.max(1, Math.round(width))}`]);
}

/**
 * How ImageKit crops the image to `width` × `height` around the *saved* `customCoordinates`
 * (`fo-custom`): what a page asking for that size gets.
 */
export function savedFocusUrl(file: ImageFile, width: number, height = width): string {
  return imageSrc(file, [`w-${width},h-${height},fo-custom`]);
}

/**
 * A grid thumbnail that follows the saved region: a square cropped around it (`fo-custom`) when
 * the file has one, else the whole image as `thumbnailUrl` shows it.
 */
export function framedThumbnailUrl(
  file: ImageFile & Pick<FileDetails, 'customCoordinates'>,
): string {
  return file.customCoordinates ? savedFocusUrl(file, 400) : thumbnailUrl(file);
}

/** Exactly `region` (original pixels) cut out, then scaled to `width`. */
export function regionExtractUrl(file: ImageFile, region: Region, width: number): string {
  const { x, y, width: w, height: h } = region;
  return imageSrc(file, [`cm-extract,x-${x},y-${y},w-${w},h-${h}`, `w-${width}`]);
}
