/** The ids this library hands out and accepts: never anything that could change a URL path. */
const FILE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isFileId(value: unknown): value is string {
  return typeof value === 'string' && FILE_ID_PATTERN.test(value);
}
