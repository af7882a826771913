import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FilePosition } from '../../../common/api/file-position.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { fileQueryParams, type FileQuery } from '../../lib/file-query.ts';
import { fileKeys } from './file-keys.ts';

export type { FilePosition };

/** Where a file stands in the view `query`, with cursors to page on from it both ways. */
export function getFilePosition(
  fileId: string,
  query: FileQuery,
  signal?: AbortSignal,
): Promise<FilePosition> {
  return apiRequest<FilePosition>(`/api/files/${encodeURIComponent(fileId)}/position`, {
    query: fileQueryParams(query),
    signal,
  });
}

export const filePositionQueryOptions = (passId: number, fileId: string, query: FileQuery) =>
  queryOptions({
    queryKey: fileKeys.position(passId, fileId, query),
    queryFn: ({ signal }) => getFilePosition(fileId, query, signal),
    // Read once, when a pass starts: its numbers are "as the view was when you began".
    staleTime: Infinity,
    // Without it the editor still works, only without previous/next; it says so itself.
    meta: { errorNotice: false },
  });

export function useFilePosition(passId: number, fileId: string, query: FileQuery) {
  return useQuery(filePositionQueryOptions(passId, fileId, query));
}
