import { z } from 'zod';
import { CustomCoordinatesSchema } from '../coordinates.ts';
import { TagListSchema } from '../tags.ts';

/**
 * ImageKit's spec gives `description` no length limit; ours keeps alt text to a sane size (and
 * the request body small).
 */
export const MAX_DESCRIPTION_CHARS = 1000;

const MetadataValueSchema = z.union([
  z.string().max(10_000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(10_000), z.number(), z.boolean()])).max(100),
]);

/**
 * The body of `PATCH /api/files/:fileId/details`: the fields an editor may change, nothing else.
 * `null` unsets tags or the region. Forwarded to ImageKit as sent, so only changed fields travel.
 */
export const UpdateDetailsSchema = z
  .strictObject({
    tags: TagListSchema.nullable().optional(),
    customCoordinates: CustomCoordinatesSchema.nullable().optional(),
    description: z.string().max(MAX_DESCRIPTION_CHARS).optional(),
    customMetadata: z
      .record(
        z
          .string()
          .regex(
            /^[A-Za-z][A-Za-z0-9_-]{0,99}$/,
            'custom metadata field names are letters, digits, "_" or "-"',
          ),
        MetadataValueSchema,
      )
      .optional(),
    removeAITags: z
      .union([z.array(z.string().min(1).max(500)).min(1).max(500), z.literal('all')])
      .optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message:
      'Send at least one of tags, customCoordinates, description, customMetadata, removeAITags.',
  });

export type UpdateDetails = z.infer<typeof UpdateDetailsSchema>;
