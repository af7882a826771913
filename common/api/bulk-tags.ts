import { z } from 'zod';
import { FileIdSchema } from '../file-id.ts';
import { TagListSchema } from '../tags.ts';

export const MAX_BULK_FILES = 10_000;

/**
 * `POST /api/bulk/tags`: add and/or remove tags on many files. Additive by design — each file
 * keeps its other tags, unlike a PATCH which replaces the whole list.
 */
export const BulkTagsSchema = z
  .strictObject({
    fileIds: z
      .array(FileIdSchema)
      .min(1, 'Choose at least one file.')
      .max(MAX_BULK_FILES, `At most ${MAX_BULK_FILES} files at a time.`)
      .refine((ids) => new Set(ids).size === ids.length, 'fileIds lists a file twice.'),
    add: TagListSchema.optional(),
    remove: TagListSchema.optional(),
  })
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

export type BulkTags = z.infer<typeof BulkTagsSchema>;

export interface BulkTagsResult {
  updated: string[];
  failed: Array<{ fileId: string; message: string }>;
}
