const preloaded = new Set<string>();
const MAX_REMEMBERED = 50;

/**
 * Asks the browser for an image nobody shows yet (the next image of a pass), so it is in the
 * cache when it is shown. Each URL once; the browser keeps the bytes, this only the names.
 */
export function preloadImage(url: string): void {
  if (preloaded.has(url) || typeof Image === 'undefined') return;
  if (preloaded.size >= MAX_REMEMBERED) preloaded.clear();
  preloaded.add(url);
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
}
