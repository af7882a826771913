import { z } from 'zod';
import type { FileDetails } from '../file-details.ts';

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

/** Query of `GET /api/files`; passed through to ImageKit's list API. */
export const ListFilesQuerySchema = z.strictObject({
  searchQuery: z.string().max(2000).optional(),
  path: z
    .string()
    .max(1000)
    .regex(/^\/[^?#%\\]*$/, 'path must start with "/" and not contain ?, #, % or \\')
    .optional(),
  sort: z.enum(SORTS).optional(),
  fileType: z.enum(['all', 'image', 'non-image']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIST_LIMIT),
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** What a caller may send (numbers may arrive as text). */
export type ListFilesQuery = z.input<typeof ListFilesQuerySchema>;
/** The same query after validation and defaults. */
export type ListFilesParams = z.output<typeof ListFilesQuerySchema>;

export interface FileList {
  files: FileDetails[];
  skip: number;
  limit: number;
  hasMore: boolean;
}
