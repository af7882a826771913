/**
 * The catalog's query as `GET /api/files`, saved views and the query form of `POST /api/bulk/tags`
 * take it (JSON: lists as arrays, flags as booleans). Every condition is optional; all are ANDed.
 */
export interface FileQuery {
  /** Words; each must match part of the name, a tag or the folder, ignoring case. */
  q?: string;
  /** Has every one of these tags. */
  tags?: string[];
  /** Has at least one. */
  anyTags?: string[];
  /** Has none. */
  notTags?: string[];
  /** true: no tags at all; false: at least one. */
  untagged?: boolean;
  region?: 'set' | 'none';
  /** A folder such as `/products/shoes/`. */
  folder?: string;
  /** With `folder`: its subfolders too (the server's default). */
  subfolders?: boolean;
  type?: FileType;
  private?: boolean;
  sort?: FileSort;
}

export const FILE_SORTS = ['-created', 'created', 'name', '-name', '-updated', 'updated'] as const;
export type FileSort = (typeof FILE_SORTS)[number];
export const DEFAULT_FILE_SORT: FileSort = '-created';

export const FILE_TYPES = ['image', 'non-image'] as const;
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
