import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { FileList } from '../../../common/api/list-files.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { fileKeys, type FileListParams } from './file-keys.ts';

export const FILE_PAGE_SIZE = 48;

/** One page of the library's images. */
export function listFiles(
  params: FileListParams & { skip: number; limit: number },
  signal?: AbortSignal,
): Promise<FileList> {
  return apiRequest<FileList>('/api/files', {
    query: { ...params, fileType: 'image' },
    signal,
  });
}

export const fileListQueryOptions = (params: FileListParams) =>
  infiniteQueryOptions({
    queryKey: fileKeys.list(params),
    queryFn: ({ pageParam, signal }) =>
      listFiles({ ...params, skip: pageParam, limit: FILE_PAGE_SIZE }, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.hasMore ? last.skip + last.limit : undefined),
  });

export function useFileList(params: FileListParams) {
  return useInfiniteQuery(fileListQueryOptions(params));
}
