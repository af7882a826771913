import { z } from 'zod';
import { FORBIDDEN_TAG_CHARS, MAX_TAGS_TOTAL_CHARS } from '../tags.ts';
import { normalizeFolder } from '../folder-path.ts';

/** How `GET /api/files` can order the catalog; `-` means descending. */
export const FILE_SORTS = ['name', '-name', 'created', '-created', 'updated', '-updated'] as const;
export type FileSort = (typeof FILE_SORTS)[number];
export const DEFAULT_FILE_SORT: FileSort = '-created';

export const DEFAULT_FILE_LIMIT = 100;
export const MAX_FILE_LIMIT = 500;
export const MAX_QUERY_TAGS = 50;
export const MAX_Q_WORDS = 10;

/** Query values arrive as text in a URL and as JSON in a saved view or a bulk body; both work. */
const flag = z.union([
  z.boolean(),
  z.enum(['true', 'false'], 'use true or false').transform((v) => v === 'true'),
]);

function checkTag(tag: string, ctx: z.RefinementCtx): void {
  const bad = FORBIDDEN_TAG_CHARS.find((c) => tag.includes(c));
  if (bad) ctx.addIssue({ code: 'custom', message: `tags cannot contain "${bad}"` });
  if (tag.length > MAX_TAGS_TOTAL_CHARS) {
    ctx.addIssue({
      code: 'custom',
      message: `a tag has at most ${MAX_TAGS_TOTAL_CHARS} characters`,
    });
  }
}

/** Comma-separated in a URL (tags cannot hold commas), or an array in JSON. */
const tagList = z
  .union([
    z.string().max(10_000),
    z.array(z.string().max(MAX_TAGS_TOTAL_CHARS)).max(MAX_QUERY_TAGS),
  ])
  .transform((value) => splitTagList(value))
  .superRefine((tags, ctx) => {
    if (tags.length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one tag' });
    if (tags.length > MAX_QUERY_TAGS) {
      ctx.addIssue({ code: 'custom', message: `at most ${MAX_QUERY_TAGS} tags` });
    }
    tags.forEach((tag) => checkTag(tag, ctx));
  });

/** `"a, b,,a"` → `["a", "b"]`: trimmed, no empties, each tag once (ignoring case). */
export function splitTagList(value: string | readonly string[]): string[] {
  const parts = typeof value === 'string' ? value.split(',') : value;
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of parts) {
    const tag = part.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** The words of a search: split on whitespace, case-folded, each once. */
export function splitWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/\s+/u).filter(Boolean))];
}

const folder = z
  .string()
  .max(1000)
  .regex(/^\/[^?#%\\]*$/, 'a folder starts with "/" and has no ?, #, % or \\')
  .transform(normalizeFolder);

const q = z
  .string()
  .max(200)
  .transform((text) => text.trim())
  .refine((text) => splitWords(text).length <= MAX_Q_WORDS, `at most ${MAX_Q_WORDS} words`);

/** A `nextCursor` handed back: opaque, URL-safe. */
export const CursorSchema = z
  .string()
  .max(1000)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor is the nextCursor of an earlier answer');

/**
 * What to show of the catalog; every condition optional, all combined with AND. The same object
 * filters `GET /api/files`, is saved as a view, and picks the files of a bulk change.
 */
export const FileFiltersSchema = z.strictObject({
  /** Words; each must match part of the name, a tag or the folder, ignoring case. */
  q: q.optional(),
  /** Has every one of these tags (tags match ignoring case). */
  tags: tagList.optional(),
  /** Has at least one. */
  anyTags: tagList.optional(),
  /** Has none. */
  notTags: tagList.optional(),
  /** true: no tags at all; false: at least one. */
  untagged: flag.optional(),
  region: z.enum(['set', 'none']).optional(),
  /** A folder path such as `/products/shoes/` (the trailing slash is added when missing). */
  folder: folder.optional(),
  /** With `folder`: include the files of its subfolders too (the default). */
  subfolders: flag.optional(),
  type: z.enum(['image', 'non-image']).optional(),
  private: flag.optional(),
});

/** Filters plus an order: what a saved view holds. */
export const FileQuerySchema = FileFiltersSchema.extend({
  sort: z.enum(FILE_SORTS).optional(),
});

/** `GET /api/files` served from the catalog: a query, a page size and where to go on. */
export const FileListQuerySchema = FileQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_FILE_LIMIT).default(DEFAULT_FILE_LIMIT),
  /** Opaque: the `nextCursor` of the previous page of the same query. */
  cursor: CursorSchema.optional(),
});

export type FileFilters = z.output<typeof FileFiltersSchema>;
export type FileQuery = z.output<typeof FileQuerySchema>;
export type FileListQuery = z.output<typeof FileListQuerySchema>;
/** What a caller may send: URL text or JSON values. */
export type FileQueryInput = z.input<typeof FileQuerySchema>;

const FILTER_KEYS = Object.keys(FileFiltersSchema.shape) as Array<keyof FileFilters>;

/** Only the filters of a query (no sort, page size or cursor). */
export function filtersOf(query: FileFilters): FileFilters {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (query[key] !== undefined) filters[key] = query[key];
  return filters as FileFilters;
}

/** The filters and the order of a list query: what a page of it shows (and a view saves). */
export function viewOf(query: FileQuery): FileQuery {
  return { ...filtersOf(query), ...(query.sort && { sort: query.sort }) };
}

/** The URL form of a query (for links and the address bar): only the conditions that are set. */
export function fileQueryToSearchParams(query: FileQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}
