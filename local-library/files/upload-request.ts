import { normalizeFolder, sanitizeFileName } from './file-name.ts';
import { checkTags } from './detail-rules.ts';
import { badRequest } from '../library-error.ts';

/** The fields of an upload, parsed; the image itself travels separately. */
export interface UploadRequest {
  fileName: string;
  folder: string;
  /** null when the request had no tags field (which matters when overwriting). */
  tags: string[] | null;
  /** Checked against the image size later, once the image is decoded. */
  customCoordinates: string | null;
  customMetadata: Record<string, unknown> | null;
  description: string | null;
  isPrivateFile: boolean;
  isPublished: boolean;
  useUniqueFileName: boolean;
  overwriteFile: boolean;
  overwriteTags: boolean;
  overwriteAITags: boolean;
  overwriteCustomMetadata: boolean;
  responseFields: Set<string>;
}

/** Multipart text fields as multer delivers them. */
export type UploadFields = Record<string, unknown>;

export function parseUploadFields(fields: UploadFields): UploadRequest {
  const fileName = text(fields, 'fileName');
  if (!fileName) throw badRequest('Your request is missing fileName parameter.');
  const tags = text(fields, 'tags');
  const coordinates = text(fields, 'customCoordinates');
  return {
    fileName: sanitizeFileName(fileName),
    folder: normalizeFolder(text(fields, 'folder') ?? '/'),
    tags:
      tags === undefined
        ? null
        : checkTags(
            tags
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
    customCoordinates: coordinates === undefined || coordinates === '' ? null : coordinates,
    customMetadata: customMetadataField(text(fields, 'customMetadata')),
    description: text(fields, 'description') ?? null,
    isPrivateFile: flag(fields, 'isPrivateFile', false),
    isPublished: flag(fields, 'isPublished', true),
    useUniqueFileName: flag(fields, 'useUniqueFileName', true),
    overwriteFile: flag(fields, 'overwriteFile', true),
    overwriteTags: flag(fields, 'overwriteTags', true),
    overwriteAITags: flag(fields, 'overwriteAITags', true),
    overwriteCustomMetadata: flag(fields, 'overwriteCustomMetadata', true),
    responseFields: new Set(
      (text(fields, 'responseFields') ?? '')
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean),
    ),
  };
}

/**
 * The `file` field when it came as text rather than bytes: base64, plain or as a data URI.
 * Fetching URLs would need the internet, which a local library must not depend on.
 */
export function decodeTextFile(value: string): Buffer {
  if (/^https?:\/\//i.test(value)) {
    throw badRequest(
      'Your request contains invalid file parameter. The local library cannot fetch files from URLs; send the bytes or base64.',
    );
  }
  const base64 = value.replace(/^data:[^;,]*;base64,/, '').replace(/\s/g, '');
  if (base64 === '' || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(base64)) {
    throw badRequest('Your request contains invalid file parameter.');
  }
  return Buffer.from(base64, 'base64');
}

function text(fields: UploadFields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw badRequest(`Your request contains invalid value for ${name} parameter.`);
  }
  return value;
}

function flag(fields: UploadFields, name: string, fallback: boolean): boolean {
  const value = text(fields, name);
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badRequest(
    `Your request contains invalid value for ${name} parameter. It should be true or false.`,
  );
}

function customMetadataField(value: string | undefined): Record<string, unknown> | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // Falls through to the same answer as a JSON value that is not an object.
  }
  throw badRequest('Invalid custom metadata.');
}
