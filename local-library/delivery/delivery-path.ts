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

/** Why a delivery path is refused as a whole, before any transformation is read. */
export type PathRefusal = { refused: string };

/**
 * Splits `/tr:w-100/products/a.jpg` into its transformation and file path, or says why the path
 * is refused: too long, not decodable, or carrying encoded slashes or control characters. Dot
 * segments need no special care: files are looked up by recorded path, never on disk.
 */
export function parseDeliveryPath(rawPath: string): DeliveryTarget | PathRefusal {
  if (rawPath.length > MAX_PATH_LENGTH) {
    return { refused: `the path is longer than ${MAX_PATH_LENGTH} characters` };
  }
  let segments: string[];
  try {
    segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { refused: 'it is not validly percent-encoded' };
  }
  if (segments.some(forbidden)) {
    return { refused: 'a path segment holds an encoded slash, backslash or control character' };
  }
  const tr = segments[0]?.startsWith('tr:') ? segments.shift()!.slice(3) : '';
  return { tr, filePath: `/${segments.join('/')}` };
}
