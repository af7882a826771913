import { z } from 'zod';
import type { FileDetails } from '../file-details.ts';
import { CursorSchema, FILE_SORTS } from './file-query.ts';

/** ImageKit's own sort names, accepted by the pass-through form. */
export const SORTS = [
  'ASC_NAME',
  'DESC_NAME',
  'ASC_CREATED',
  'DESC_CREATED',
  'ASC_UPDATED',
  'DESC_UPDATED',
  'ASC_HEIGHT',
  'DESC_HEIGHT',
  'ASC_WIDTH',
  'DESC_WIDTH',
  'ASC_SIZE',
  'DESC_SIZE',
  'ASC_RELEVANCE',
  'DESC_RELEVANCE',
] as const;

export const DEFAULT_LIST_LIMIT = 100;

/** Parameters that only ImageKit's list API understands: any of them selects the pass-through. */
export const PASS_THROUGH_KEYS = ['searchQuery', 'path', 'fileType', 'skip'] as const;

/** True when `GET /api/files` is asked in ImageKit's terms rather than the catalog's. */
export function isPassThroughQuery(query: Record<string, unknown>): boolean {
  return (
    PASS_THROUGH_KEYS.some((key) => key in query) ||
    (SORTS as readonly unknown[]).includes(query.sort)
  );
}

/**
 * The advanced form of `GET /api/files`: passed through to ImageKit's list API (fresh, but with
 * no totals and only ImageKit's search language). `sort` takes ImageKit's names or ours.
 */
export const PassThroughQuerySchema = z.strictObject({
  searchQuery: z.string().max(2000).optional(),
  path: z
    .string()
    .max(1000)
    .regex(/^\/[^?#%\\]*$/, 'path must start with "/" and not contain ?, #, % or \\')
    .optional(),
  sort: z.enum([...SORTS, ...FILE_SORTS]).optional(),
  fileType: z.enum(['all', 'image', 'non-image']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIST_LIMIT),
  skip: z.coerce.number().int().min(0).max(1_000_000).optional(),
  /** The nextCursor of an earlier pass-through answer (it holds the offset). */
  cursor: CursorSchema.optional(),
});

export type PassThroughQuery = z.output<typeof PassThroughQuerySchema>;

/** What the gateway asks ImageKit's list API. */
export interface ImageKitListParams {
  searchQuery?: string;
  path?: string;
  sort?: (typeof SORTS)[number];
  fileType?: 'all' | 'image' | 'non-image';
  limit: number;
  skip: number;
}

/** A page of files served from the catalog. */
export interface CatalogFileList {
  files: FileDetails[];
  /** How many files match the whole query. */
  total: number;
  /** Pass it as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * A page of the pass-through form: ImageKit cannot count, so `total` is null; `nextCursor`
 * works as in the catalog form. `skip`, `limit` and `hasMore` are kept for clients of the
 * offset-paged API that came before the catalog.
 */
export interface FileList {
  files: FileDetails[];
  total: null;
  nextCursor: string | null;
  skip: number;
  limit: number;
  hasMore: boolean;
}
