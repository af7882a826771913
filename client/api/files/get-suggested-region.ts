import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SuggestedRegion } from '../../../common/api/suggested-region.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { fileKeys } from './file-keys.ts';

/** The server's proposal for the file's important region (the product's bounding box). */
export function getSuggestedRegion(fileId: string, signal?: AbortSignal): Promise<SuggestedRegion> {
  return apiRequest<SuggestedRegion>(`/api/files/${encodeURIComponent(fileId)}/suggested-region`, {
    signal,
  });
}

export const suggestedRegionQueryOptions = (fileId: string, imageVersion: string) =>
  queryOptions({
    queryKey: fileKeys.suggestedRegion(fileId, imageVersion),
    queryFn: ({ signal }) => getSuggestedRegion(fileId, signal),
    // The same pixels always give the same answer.
    staleTime: Infinity,
    // The editor says when a suggestion failed, beside the button that asked for it.
    meta: { errorNotice: false },
  });

export function useSuggestedRegion(fileId: string, imageVersion: string, enabled: boolean) {
  return useQuery({ ...suggestedRegionQueryOptions(fileId, imageVersion), enabled });
}
