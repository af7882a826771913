import { z } from 'zod';
import { FileIdSchema } from '../file-id.ts';
import { TagListSchema } from '../tags.ts';
import { FileQuerySchema } from './file-query.ts';

export const MAX_BULK_FILES = 10_000;

const changes = {
  add: TagListSchema.optional(),
  remove: TagListSchema.optional(),
};

const ByIds = z.strictObject({
  fileIds: z
    .array(FileIdSchema)
    .min(1, 'Choose at least one file.')
    .max(MAX_BULK_FILES, `At most ${MAX_BULK_FILES} files at a time.`)
    .refine((ids) => new Set(ids).size === ids.length, 'fileIds lists a file twice.'),
  ...changes,
});

/** The files are picked by the filters of `GET /api/files`; at most 10,000 may match. */
const ByQuery = z.strictObject({ query: FileQuerySchema, ...changes });

type Changes = { add?: string[]; remove?: string[] };

function withChangeRules<S extends z.ZodType<Changes>>(schema: S) {
  return schema
    .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, {
      message: 'Give tags to add or to remove.',
    })
    .refine(
      (body) => {
        const added = new Set(body.add?.map((t) => t.toLowerCase()));
        return !body.remove?.some((t) => added.has(t.toLowerCase()));
      },
      { message: 'A tag cannot be both added and removed.' },
    );
}

/**
 * `POST /api/bulk/tags`: add and/or remove tags on many files. Additive by design — each file
 * keeps its other tags, unlike a PATCH which replaces the whole list.
 */
export const BulkTagsSchema = withChangeRules(z.union([ByIds, ByQuery]));
export const BulkTagsByIdsSchema = withChangeRules(ByIds);
export const BulkTagsByQuerySchema = withChangeRules(ByQuery);

/** The one form a body is in, so that its problems are reported in that form's terms. */
export function bulkTagsSchemaFor(body: unknown) {
  const isQueryForm = typeof body === 'object' && body !== null && 'query' in body;
  return isQueryForm ? BulkTagsByQuerySchema : BulkTagsByIdsSchema;
}

export type BulkTags = z.infer<typeof BulkTagsSchema>;

export interface BulkTagsResult {
  /** The run that made the change: `GET /api/runs/:runId`, `POST /api/runs/:runId/undo`. */
  runId: string;
  updated: string[];
  failed: Array<{ fileId: string; message: string }>;
}
