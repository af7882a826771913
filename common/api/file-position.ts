import { z } from 'zod';
import { FileFiltersSchema, FileQuerySchema, type FileSort } from './file-query.ts';

/** `GET /api/files/:fileId/position`: the view (filters and order) to place the file in. */
export const FilePositionQuerySchema = FileQuerySchema;

/**
 * Where one file stands in a view, and where to page on from it in either direction: enough for
 * an editor walking a view of 100,000 files to show "12 of 1,204" and find the neighbours without
 * loading the files before it.
 */
export interface FilePosition {
  /** How many files of the view come before this one in its order (0 for the first). */
  index: number;
  /** How many files the view has. */
  total: number;
  /** Whether the file itself matches the view's filters (a file just tagged leaves "Needs tags"). */
  inView: boolean;
  /** `cursor` for `GET /api/files` with the same view: the files after this one. */
  after: string;
  /**
   * The files before this one, nearest first: `GET /api/files` with the same filters, `sort`
   * set to this (the view's order reversed) and this `cursor`.
   */
  before: { sort: FileSort; cursor: string };
}

export const MAX_TOP_TAGS = 50;

/** `GET /api/tags/top`: the tags most used among the files matching these filters. */
export const TopTagsQuerySchema = FileFiltersSchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_TOP_TAGS).default(9),
});

export type TopTagsQuery = z.output<typeof TopTagsQuerySchema>;
