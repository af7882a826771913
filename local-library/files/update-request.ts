import type { FileRecord } from './file-record.ts';
import { checkCustomCoordinates, checkDescription, checkTags } from './detail-rules.ts';
import { badRequest } from '../library-error.ts';
import type { FieldSet } from '../metadata/custom-field.ts';
import { applyCustomMetadata } from '../metadata/metadata-change.ts';

const DETAIL_KEYS = new Set([
  'tags',
  'customCoordinates',
  'description',
  'customMetadata',
  'removeAITags',
  'extensions',
  'webhookUrl',
]);

/**
 * Applies the body of `PATCH /v1/files/:fileId/details` to a file, validating like ImageKit;
 * `customMetadata` is checked against the library's live `customFields`.
 * Returns the changed record (times untouched), or null when the body changes nothing.
 */
export function applyUpdateBody(
  file: FileRecord,
  body: unknown,
  customFields: FieldSet,
): FileRecord | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Your request body should be a JSON object.');
  }
  const fields = body as Record<string, unknown>;
  const keys = Object.keys(fields);
  if (keys.includes('publish')) {
    if (keys.length > 1) {
      throw badRequest('Your request cannot contain any other parameters when publish is present');
    }
    return { ...file, isPublished: checkPublish(fields.publish) };
  }
  const unknown = keys.find((key) => !DETAIL_KEYS.has(key));
  if (unknown !== undefined) {
    throw badRequest(`Your request contains an unknown parameter: ${unknown}.`);
  }
  if (keys.length === 0) return null;

  checkExtensions(fields.extensions);
  if (fields.webhookUrl !== undefined && typeof fields.webhookUrl !== 'string') {
    throw badRequest('Your request contains invalid value for webhookUrl parameter.');
  }
  const next = { ...file };
  if (fields.removeAITags !== undefined) next.aiTags = removeAITags(file, fields.removeAITags);
  if (fields.tags !== undefined) next.tags = fields.tags === null ? [] : checkTags(fields.tags);
  if (fields.customCoordinates !== undefined) {
    next.customCoordinates =
      fields.customCoordinates === null
        ? null
        : checkCustomCoordinates(fields.customCoordinates, file);
  }
  if (fields.description !== undefined) next.description = checkDescription(fields.description);
  if (fields.customMetadata !== undefined) {
    next.customMetadata = applyCustomMetadata(
      file.customMetadata,
      fields.customMetadata,
      customFields,
    );
  }
  return next;
}

function checkPublish(value: unknown): boolean {
  const publish = value as { isPublished?: unknown; includeFileVersions?: unknown } | null;
  if (
    typeof publish !== 'object' ||
    publish === null ||
    typeof publish.isPublished !== 'boolean' ||
    !['boolean', 'undefined'].includes(typeof publish.includeFileVersions)
  ) {
    throw badRequest(
      'Your request contains invalid value for publish parameter. It should be an object with a boolean isPublished.',
    );
  }
  return publish.isPublished;
}

function checkExtensions(value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    throw badRequest('Your request contains invalid value for extensions parameter.');
  }
  if (value.length > 0) {
    throw badRequest('Extensions are not available in the local library.');
  }
}

function removeAITags(file: FileRecord, value: unknown): FileRecord['aiTags'] {
  if (value === 'all') return [];
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw badRequest(
      'Your request contains invalid value for removeAITags parameter. It should be an array of strings or "all".',
    );
  }
  const removed = new Set(value);
  return file.aiTags.filter((tag) => !removed.has(tag.name));
}
