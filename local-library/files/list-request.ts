import type { SortColumn } from '../db/file-repository.ts';
import { badRequest } from '../library-error.ts';
import type { SearchNode } from '../search/search-ast.ts';
import { SearchQueryError } from '../search/search-ast.ts';
import { parseSearchQuery } from '../search/search-parser.ts';
import { normalizeFolder } from './file-name.ts';

export const MAX_LIST_LIMIT = 1000;
const ASSET_TYPES = ['file', 'file-version', 'folder', 'all'] as const;
const FILE_TYPES = ['all', 'image', 'non-image'] as const;
const SORT_FIELDS = ['NAME', 'CREATED', 'UPDATED', 'HEIGHT', 'WIDTH', 'SIZE', 'RELEVANCE'];

export interface ListRequest {
  type: (typeof ASSET_TYPES)[number];
  fileType: (typeof FILE_TYPES)[number];
  sort: { column: SortColumn; descending: boolean };
  folder: string | null;
  search: SearchNode | null;
  limit: number;
  skip: number;
}

export const SEARCH_QUERY_INVALID = 'Your request contains invalid searchQuery parameter.';

/** Reads the query of `GET /v1/files` with ImageKit's defaults and error messages. */
export function parseListRequest(query: Record<string, unknown>): ListRequest {
  const searchQuery = single(query, 'searchQuery');
  const path = single(query, 'path');
  return {
    type: oneOf(query, 'type', ASSET_TYPES, 'file'),
    fileType: oneOf(query, 'fileType', FILE_TYPES, 'all'),
    sort: parseSort(single(query, 'sort')),
    folder: nonEmpty(path) ? normalizeFolder(path) : null,
    search: searchQuery === undefined ? null : parseSearch(searchQuery),
    limit: parseLimit(single(query, 'limit')),
    skip: parseSkip(single(query, 'skip')),
  };
}

function parseSearch(searchQuery: string): SearchNode | null {
  try {
    return parseSearchQuery(searchQuery);
  } catch (error) {
    if (error instanceof SearchQueryError) {
      throw badRequest(`${SEARCH_QUERY_INVALID} ${error.message}`);
    }
    throw error;
  }
}

/** RELEVANCE has no score to rank by here, so it orders by creation time. */
function parseSort(value: string | undefined): ListRequest['sort'] {
  const match = /^(ASC|DESC)_([A-Z]+)$/.exec(value ?? 'ASC_CREATED');
  const field = match?.[2];
  if (!match || !field || !SORT_FIELDS.includes(field)) {
    throw badRequest('Your request contains invalid value for sort parameters.');
  }
  const column = field === 'RELEVANCE' ? 'CREATED' : (field as SortColumn);
  return { column, descending: match[1] === 'DESC' };
}

function parseLimit(value: string | undefined): number {
  if (!nonEmpty(value)) return MAX_LIST_LIMIT;
  const limit = integer(value, 'limit');
  if (limit < 1) throw badRequest(`Minimum value of limit parameter is 1. Value sent is ${value}.`);
  if (limit > MAX_LIST_LIMIT) {
    throw badRequest(
      `Maximum value of limit parameter is ${MAX_LIST_LIMIT}. Value sent is ${value}.`,
    );
  }
  return limit;
}

function parseSkip(value: string | undefined): number {
  if (!nonEmpty(value)) return 0;
  const skip = integer(value, 'skip');
  if (skip < 0) {
    throw badRequest(
      `The value of skip parameter should be greater than or equal to 0. Value sent is ${value}.`,
    );
  }
  return skip;
}

function integer(value: string, name: string): number {
  const number = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw badRequest(`Your request contains invalid value for ${name} parameter.`);
  }
  return number;
}

function oneOf<T extends string>(
  query: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = single(query, name);
  if (!nonEmpty(value)) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badRequest(
    `Your request contains invalid value for ${name} parameter. Please provide one of the following: ${allowed.join(', ')}.`,
  );
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || typeof value === 'string') return value;
  throw badRequest(`Your request contains invalid value for ${name} parameter.`);
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
