import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FileDetails } from '../../../common/file-details.ts';
import { apiRequest } from '../../lib/api-client.ts';
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

/** The file as the server has it this moment, for comparing with an editor's draft. */
export const currentFileQueryOptions = (fileId: string) =>
  queryOptions({
    queryKey: fileKeys.current(fileId),
    queryFn: ({ signal }) => getFile(fileId, signal),
    staleTime: 0,
    gcTime: 0,
    // The conflict notice shows the failure itself; a 401 still ends the session as usual.
    meta: { errorNotice: false },
  });

export function useFile(fileId: string) {
  return useQuery(fileQueryOptions(fileId));
}

/**
 * The details of the file the user will most likely open next (the next image of a pass), read
 * ahead so it opens at once. Quiet: opening it reports a failure, if there is one.
 */
export function useFileAhead(fileId: string | null) {
  return useQuery({
    ...fileQueryOptions(fileId ?? ''),
    enabled: fileId !== null,
    meta: { errorNotice: false },
  });
}
