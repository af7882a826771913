import type { FileQuery, FileSort } from '../../common/api/file-query.ts';

// Types only from the shared schema: its zod code stays out of the library's first chunk.
export type { FileQuery, FileSort };

/** The orders `GET /api/files` knows (the shared schema's list; a test keeps them equal). */
export const FILE_SORTS = [
  '-created',
  'created',
  'name',
  '-name',
  '-updated',
  'updated',
] as const satisfies readonly FileSort[];
export const DEFAULT_FILE_SORT: FileSort = '-created';

export const FILE_TYPES = ['image', 'non-image'] as const satisfies ReadonlyArray<
  NonNullable<FileQuery['type']>
>;
export type FileType = (typeof FILE_TYPES)[number];

/** A query in a URL's terms: lists comma-joined (tags cannot hold commas), flags as text. */
export function fileQueryParams(query: FileQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    params[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return params;
}
