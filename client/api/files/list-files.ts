import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { CatalogFileList } from '../../../common/api/list-files.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { fileQueryParams, type FileQuery } from '../../lib/file-query.ts';
import { fileKeys } from './file-keys.ts';

/** One page of `GET /api/files` served from the catalog, with the total and the next cursor. */
export type FilePage = CatalogFileList;

/** Files per page: divisible by every column count the grid uses (1–6, 8, 10, 12). */
export const FILE_PAGE_SIZE = 120;

/** One page of the files matching `query`, after `cursor` (from the start when null). */
export function listFiles(
  query: FileQuery,
  page: { cursor: string | null; limit: number },
  signal?: AbortSignal,
): Promise<FilePage> {
  return apiRequest<FilePage>('/api/files', {
    query: { ...fileQueryParams(query), limit: page.limit, cursor: page.cursor ?? undefined },
    signal,
  });
}

export const fileListQueryOptions = (query: FileQuery) =>
  infiniteQueryOptions({
    queryKey: fileKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      listFiles(query, { cursor: pageParam, limit: FILE_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useFileList(query: FileQuery) {
  return useInfiniteQuery(fileListQueryOptions(query));
}
