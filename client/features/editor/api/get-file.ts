import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FileDetails } from '../../../../common/file-details.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './file-keys.ts';

/** One file's details, as ImageKit reports them. */
export function getFile(fileId: string, signal?: AbortSignal): Promise<FileDetails> {
  return apiRequest<FileDetails>(`/api/files/${encodeURIComponent(fileId)}`, { signal });
}

export const fileQueryOptions = (fileId: string) =>
  queryOptions({
    queryKey: fileKeys.detail(fileId),
    queryFn: ({ signal }) => getFile(fileId, signal),
  });

export function useFile(fileId: string) {
  return useQuery(fileQueryOptions(fileId));
}
