import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { SavedView } from '../../../common/api/views.ts';
import { viewKeys } from './view-keys.ts';

export type { SavedView };

export async function listViews(signal?: AbortSignal): Promise<SavedView[]> {
  const answer = await apiRequest<{ views: SavedView[] }>('/api/views', { signal });
  return answer.views;
}

export const viewsQueryOptions = () =>
  queryOptions({
    queryKey: viewKeys.all,
    queryFn: ({ signal }) => listViews(signal),
    // The library works without them; a failure is shown where the list would be.
    meta: { errorNotice: false },
  });

export function useSavedViews() {
  return useQuery(viewsQueryOptions());
}
