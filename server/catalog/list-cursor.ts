import { DEFAULT_FILE_SORT, type FileQuery, type FileSort } from '../../common/api/file-query.ts';
import { validationFailed } from '../errors.ts';

/** The catalog column each sort orders by; the row id breaks ties, so the order is total. */
export const SORT_COLUMNS = {
  name: 'name_key',
  created: 'created_at',
  updated: 'updated_at',
} as const;

export interface SortOrder {
  column: (typeof SORT_COLUMNS)[keyof typeof SORT_COLUMNS];
  descending: boolean;
}

export function sortOrder(sort: FileSort = DEFAULT_FILE_SORT): SortOrder {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as keyof typeof SORT_COLUMNS;
  return { column: SORT_COLUMNS[key], descending };
}

/**
 * The same order backwards. The row id breaks ties in the sort's own direction, so paging the
 * reverse order from a row walks exactly the rows before it, nearest first.
 */
export function reverseSort(sort: FileSort = DEFAULT_FILE_SORT): FileSort {
  return (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as FileSort;
}

/** Where a page ended: the last row's sort value and id. */
export interface CursorPosition {
  value: string | number;
  id: number;
}

/** A short fingerprint of the query, so a cursor cannot be replayed on a different one. */
export function queryFingerprint(query: FileQuery): string {
  const canonical = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i += 1) {
    hash = Math.imul(hash ^ canonical.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodeCursor(position: CursorPosition, query: FileQuery): string {
  const payload = [position.value, position.id, queryFingerprint(query)];
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const badCursor = (why: string) =>
  validationFailed(`Invalid query: cursor: ${why}`, [`cursor: ${why}`]);

/** Reads a cursor back; a 400 naming `cursor` when it is not one this query handed out. */
export function decodeCursor(cursor: string, query: FileQuery): CursorPosition {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('not a cursor from an earlier answer');
  }
  if (!Array.isArray(payload) || payload.length !== 3) {
    throw badCursor('not a cursor from an earlier answer');
  }
  const [value, id, fingerprint] = payload as unknown[];
  const wantsText = sortOrder(query.sort).column === 'name_key';
  const valueFits = wantsText ? typeof value === 'string' : Number.isSafeInteger(value);
  if (!valueFits || !Number.isSafeInteger(id) || typeof fingerprint !== 'string') {
    throw badCursor('not a cursor from an earlier answer');
  }
  if (fingerprint !== queryFingerprint(query)) {
    throw badCursor(
      'it belongs to another query (filters or sort changed); start again without it',
    );
  }
  return { value: value as string | number, id: id as number };
}
