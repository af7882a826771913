import { MAX_TAGS_TOTAL_CHARS, tagsTotalLength } from './tag-limits.ts';
import { badRequest } from '../library-error.ts';
import { objectBody } from './json-body.ts';

/** ImageKit's limits: 50 files per bulk tag call, 100 per bulk delete. */
export const MAX_BULK_TAG_FILES = 50;
export const MAX_BULK_DELETE_FILES = 100;

export const TAGS_TOO_LONG = `Your request contains invalid value for tags parameter. Combined length of all tags should be less than or equal to ${MAX_TAGS_TOTAL_CHARS}.`;
const TAGS_INVALID = 'Your request contains invalid value for tags parameter.';
const AI_TAGS_INVALID =
  "Your request contains invalid value for AITags. Please provide an array of strings. Example - ['t-shirt','summer-sale'].";

/** `POST /v1/files/addTags` and `/removeTags`. */
export function parseBulkTags(body: unknown): { fileIds: string[]; tags: string[] } {
  const fields = objectBody(body, ['fileIds', 'tags']);
  const fileIds = parseFileIds(fields.fileIds, MAX_BULK_TAG_FILES);
  const tags = stringList(fields.tags, 'tags', TAGS_INVALID);
  if (tags.some((tag) => tag.trim() === '' || tag.includes('%'))) {
    throw badRequest(`${TAGS_INVALID} Tags cannot be empty or contain the "%" character.`);
  }
  if (tagsTotalLength(tags) > MAX_TAGS_TOTAL_CHARS) throw badRequest(TAGS_TOO_LONG);
  return { fileIds, tags };
}

/** `POST /v1/files/removeAITags`. */
export function parseBulkAITags(body: unknown): { fileIds: string[]; AITags: string[] } {
  const fields = objectBody(body, ['fileIds', 'AITags']);
  const fileIds = parseFileIds(fields.fileIds, MAX_BULK_TAG_FILES);
  return { fileIds, AITags: stringList(fields.AITags, 'AITags', AI_TAGS_INVALID) };
}

/** `POST /v1/files/batch/deleteByFileIds`. */
export function parseBulkDelete(body: unknown): { fileIds: string[] } {
  const fields = objectBody(body, ['fileIds']);
  return { fileIds: parseFileIds(fields.fileIds, MAX_BULK_DELETE_FILES) };
}

/** The ids in the order given, each once. */
function parseFileIds(value: unknown, max: number): string[] {
  if (value === undefined) throw badRequest('fileIds parameter is missing.');
  if (!Array.isArray(value)) throw badRequest('fileIds should be an Array.');
  if (value.length === 0) throw badRequest('fileIds is empty.');
  if (!value.every((id) => typeof id === 'string')) {
    throw badRequest('Your request contains invalid fileIds parameter. It should list strings.');
  }
  const ids = [...new Set(value as string[])];
  if (ids.length > max) {
    throw badRequest(
      max === MAX_BULK_TAG_FILES
        ? `A maximum of ${max} files can be edited at a time.`
        : `fileIds cannot have more than ${max} items.`,
    );
  }
  return ids;
}

function stringList(value: unknown, name: string, invalid: string): string[] {
  if (value === undefined) throw badRequest(`${name} parameter is missing.`);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw badRequest(invalid);
  }
  if (value.length === 0) throw badRequest(`${name} array cannot be empty.`);
  return [...new Set(value as string[])];
}
