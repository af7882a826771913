import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { FileQuery, FileSort } from '../../lib/file-query.ts';
import { fileKeys } from './file-keys.ts';
import { listFiles, type FilePage } from './list-files.ts';

/** Files per page of a pass: a few screens of walking, cheap to read when the pass begins. */
export const PASS_PAGE_SIZE = 40;

/** A page of `GET /api/files`, stamped with when it was read. */
export interface PassFilePage extends FilePage {
  fetchedAt: number;
}

/** Where a direction of the pass starts reading: a cursor, and the order it belongs to. */
export interface PassStart {
  cursor: string;
  /** Set for the files before the anchor: the view's order reversed. */
  sort?: FileSort;
}

export const passPagesQueryOptions = (
  passId: number,
  query: FileQuery,
  direction: 'after' | 'before',
  start: PassStart | null,
) => {
  const ordered = start?.sort ? { ...query, sort: start.sort } : query;
  return infiniteQueryOptions({
    queryKey: fileKeys.passPages(passId, ordered, direction),
    queryFn: async ({ pageParam, signal }): Promise<PassFilePage> => ({
      ...(await listFiles(ordered, { cursor: pageParam, limit: PASS_PAGE_SIZE }, signal)),
      fetchedAt: Date.now(),
    }),
    initialPageParam: start?.cursor ?? null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The pages are the list as the pass read it; saves must not make it read them again.
    staleTime: Infinity,
    enabled: start !== null,
    meta: { errorNotice: false },
  });
};

/** The files of a view read from a file on, in one direction, a page at a time. */
export function usePassPages(
  passId: number,
  query: FileQuery,
  direction: 'after' | 'before',
  start: PassStart | null,
) {
  return useInfiniteQuery(passPagesQueryOptions(passId, query, direction, start));
}
