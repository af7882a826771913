import { randomBytes } from 'node:crypto';

const UNIQUE_SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** ImageKit's rule: characters other than a-z A-Z 0-9 . - become "_". */
export function sanitizeFileName(name: string): string {
  return name.replace(/[^a-zA-Z0-9.-]/g, '_');
}

/** "shoe.jpg" → "shoe_Ab3dE9xYz.jpg": the suffix goes before the extension, as ImageKit does. */
export function withUniqueSuffix(name: string, suffix = randomSuffix()): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}_${suffix}${name.slice(dot)}` : `${name}_${suffix}`;
}

export function randomSuffix(length = 9): string {
  return Array.from(randomBytes(length), (b) => UNIQUE_SUFFIX_CHARS[b % 62]).join('');
}

/**
 * "products//shoes" → "/products/shoes/". Segment characters other than a-z A-Z 0-9 _ - become
 * "_" (ImageKit's folder alphabet), which also turns "." and ".." into harmless names.
 */
export function normalizeFolder(folder: string): string {
  const segments = folder
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/[^a-zA-Z0-9_-]/g, '_'));
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
