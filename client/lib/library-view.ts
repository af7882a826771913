import {
  DEFAULT_FILE_SORT,
  FILE_SORTS,
  FILE_TYPES,
  fileQueryParams,
  type FileQuery,
  type FileSort,
  type FileType,
} from './file-query.ts';

/**
 * What the library shows: the filters and the order. One value travels everywhere — the address
 * bar (`?untagged=true&sort=name`), the editor's way back (`/files/:id?from=…`), saved views and
 * the query form of a bulk change — and this module is the only place that converts it.
 */
export interface LibraryView {
  q: string;
  tags: readonly string[];
  anyTags: readonly string[];
  notTags: readonly string[];
  untagged: boolean | null;
  region: 'set' | 'none' | null;
  folder: string | null;
  /** Only meaningful with a folder; the default (true) includes every folder below it. */
  subfolders: boolean;
  type: FileType | null;
  private: boolean | null;
  sort: FileSort;
}

export const DEFAULT_VIEW: LibraryView = {
  q: '',
  tags: [],
  anyTags: [],
  notTags: [],
  untagged: null,
  region: null,
  folder: null,
  subfolders: true,
  type: null,
  private: null,
  sort: DEFAULT_FILE_SORT,
};

export type TagListKey = 'tags' | 'anyTags' | 'notTags';
const TAG_LISTS: readonly TagListKey[] = ['tags', 'anyTags', 'notTags'];
const MAX_Q_CHARS = 200;

/** `"a, b,,A"` → `["a", "b"]`: trimmed, no empties, each tag once ignoring case (as the server). */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (!tag || tag.includes('%') || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

function flag(value: string | null): boolean | null {
  return value === 'true' ? true : value === 'false' ? false : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : null;
}

/** `/a//b` → `/a/b/`; anything not a path (hand-edited URLs) is no folder. */
export function normalizeFolder(value: string | null): string | null {
  if (!value || !value.startsWith('/') || /[?#%\\]/.test(value)) return null;
  const collapsed = value.replace(/\/{2,}/g, '/');
  return collapsed.endsWith('/') ? collapsed : `${collapsed}/`;
}

/**
 * A view from a URL's search params. Forgiving by design: a shared or hand-edited link with an
 * unknown or malformed value still opens the library, without that condition.
 */
export function viewFromSearchParams(params: URLSearchParams): LibraryView {
  const path = normalizeFolder(params.get('folder'));
  const folder = path === '/' ? null : path;
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_Q_CHARS),
    tags: splitTags(params.get('tags') ?? ''),
    anyTags: splitTags(params.get('anyTags') ?? ''),
    notTags: splitTags(params.get('notTags') ?? ''),
    untagged: flag(params.get('untagged')),
    region: oneOf(['set', 'none'] as const, params.get('region')),
    folder,
    subfolders: folder === null || params.get('subfolders') !== 'false',
    type: oneOf(FILE_TYPES, params.get('type')),
    private: flag(params.get('private')),
    sort: oneOf(FILE_SORTS, params.get('sort')) ?? DEFAULT_FILE_SORT,
  };
}

/**
 * The query the API is asked, with only the conditions that are set. Its key order is fixed, so
 * one view always gives one URL (the key of its scroll position and selection).
 */
export function viewToQuery(view: LibraryView): FileQuery {
  const query: FileQuery = {};
  if (view.q) query.q = view.q;
  for (const key of TAG_LISTS) if (view[key].length > 0) query[key] = [...view[key]];
  if (view.untagged !== null) query.untagged = view.untagged;
  if (view.region !== null) query.region = view.region;
  if (view.folder !== null) {
    query.folder = view.folder;
    if (!view.subfolders) query.subfolders = false;
  }
  if (view.type !== null) query.type = view.type;
  if (view.private !== null) query.private = view.private;
  if (view.sort !== DEFAULT_FILE_SORT) query.sort = view.sort;
  return query;
}

export function viewToSearchParams(view: LibraryView): URLSearchParams {
  return new URLSearchParams(fileQueryParams(viewToQuery(view)));
}

/** A saved view's query (or any JSON query) as a view, through the same forgiving parser. */
export function viewFromQuery(query: FileQuery): LibraryView {
  return viewFromSearchParams(new URLSearchParams(fileQueryParams(query)));
}

/** One text per view: `""` for the whole library, else its search params. */
export function viewKey(view: LibraryView): string {
  return viewToSearchParams(view).toString();
}

export function isDefaultView(view: LibraryView): boolean {
  return viewKey(view) === '';
}

/** Whether any condition narrows the library (the order does not). */
export function hasFilters(view: LibraryView): boolean {
  return viewKey({ ...view, sort: DEFAULT_FILE_SORT }) !== '';
}
