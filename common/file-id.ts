import { z } from 'zod';

/**
 * ImageKit file ids are opaque; we only let through ids that cannot change the upstream path
 * they are placed in (no `/`, `.`, `%` or whitespace), so no request of ours can reach another
 * endpoint.
 */
export const FILE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const FileIdSchema = z
  .string()
  .regex(FILE_ID_PATTERN, 'fileId must be 1–64 letters, digits, "-" or "_"');

export function isFileId(value: unknown): value is string {
  return typeof value === 'string' && FILE_ID_PATTERN.test(value);
}
