import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HistoryAnswer } from '../../../common/api/history.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { historyKeys } from './history-keys.ts';

/** Every change tagcrop made to the file, newest first. */
export function getFileHistory(fileId: string, signal?: AbortSignal): Promise<HistoryAnswer> {
  return apiRequest<HistoryAnswer>(`/api/files/${encodeURIComponent(fileId)}/history`, { signal });
}

export const fileHistoryQueryOptions = (fileId: string) =>
  queryOptions({
    queryKey: historyKeys.file(fileId),
    queryFn: ({ signal }) => getFileHistory(fileId, signal),
    select: (answer) => answer.entries,
    // The panel says itself that the history did not load.
    meta: { errorNotice: false },
  });

export function useFileHistory(fileId: string) {
  return useQuery(fileHistoryQueryOptions(fileId));
}
