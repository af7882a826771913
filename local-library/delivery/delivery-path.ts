/** What a delivery URL asks for: the path-form transformation and the file's recorded path. */
export interface DeliveryTarget {
  tr: string;
  filePath: string;
}

const MAX_PATH_LENGTH = 2048;
// After decoding, a segment holding a slash, a backslash or a control character cannot name a
// recorded file (names keep to [A-Za-z0-9._-]), so such URLs are refused outright.
function forbidden(segment: string): boolean {
  return [...segment].some(
    (char) => char === '/' || char === '\\' || char < ' ' || char === '\x7f',
  );
}

/**
 * Splits `/tr:w-100/products/a.jpg` into its transformation and file path; null when the path
 * is too long, cannot be decoded, or carries encoded slashes or control characters. Dot
 * segments need no special care: files are looked up by recorded path, never on disk.
 */
export function parseDeliveryPath(rawPath: string): DeliveryTarget | null {
  if (rawPath.length > MAX_PATH_LENGTH) return null;
  let segments: string[];
  try {
    segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  if (segments.some(forbidden)) return null;
  const tr = segments[0]?.startsWith('tr:') ? segments.shift()!.slice(3) : '';
  return { tr, filePath: `/${segments.join('/')}` };
}
