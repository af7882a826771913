import { z } from 'zod';
import { CustomCoordinatesSchema } from '../coordinates.ts';
import type { FileDetails } from '../file-details.ts';
import { normalizeFolder } from '../folder-path.ts';
import { TagListSchema } from '../tags.ts';
import { fileNameProblem, uploadFolderProblem } from '../upload-names.ts';
import type { ErrorCode } from './error-envelope.ts';

/** `POST /api/files` takes at most this many `file` parts; more is refused before any lands. */
export const MAX_FILES_PER_UPLOAD = 50;

/** What the server accepts, recognised from the bytes; also the file picker's `accept` list. */
export const UPLOAD_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/tiff',
] as const;

const checked = (problem: (text: string) => string | null) =>
  z.string().superRefine((text, ctx) => {
    const message = problem(text);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** `"sale, summer,"` → `["sale", "summer"]`: ImageKit's upload takes tags comma-separated. */
export function splitUploadTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/**
 * The text fields of an upload, next to its `file` parts. `fileName` defaults to each file's own
 * name; `folder` to the root; an empty `tags` or `customCoordinates` is the same as none. A
 * region is for a single image: it must fit that image, which the server checks once it has read
 * the image's header.
 */
export const UploadFieldsSchema = z.strictObject({
  fileName: checked(fileNameProblem).optional(),
  folder: checked(uploadFolderProblem).transform(normalizeFolder).default('/'),
  tags: z.string().transform(splitUploadTags).pipe(TagListSchema).optional(),
  customCoordinates: z
    .string()
    .transform((text) => (text === '' ? undefined : text))
    .pipe(CustomCoordinatesSchema.optional())
    .optional(),
});

export type UploadFields = z.output<typeof UploadFieldsSchema>;

/** One file of a several-file upload that did not land, with the status it alone would get. */
export interface UploadFailure {
  fileName: string;
  status: number;
  error: { code: ErrorCode; message: string };
}

/** The answer to an upload of several files: 201 when all landed, 207 when some did not. */
export interface UploadBatch {
  files: FileDetails[];
  failed: UploadFailure[];
}
