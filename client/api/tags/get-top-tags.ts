import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { fileQueryParams, type FileQuery } from '../../lib/file-query.ts';
import type { TagCount } from './get-tag-vocabulary.ts';
import { tagKeys } from './tag-keys.ts';

/** The tags used most among the files matching `filters` (the server counts them). */
export async function getTopTags(
  filters: FileQuery,
  limit: number,
  signal?: AbortSignal,
): Promise<TagCount[]> {
  const answer = await apiRequest<{ tags: TagCount[] }>('/api/tags/top', {
    query: { ...fileQueryParams(filters), limit },
    signal,
  });
  return answer.tags;
}

export const topTagsQueryOptions = (filters: FileQuery, limit: number) =>
  queryOptions({
    // Under tagKeys.all: every save marks it stale, so a tag just used can become a chip.
    queryKey: tagKeys.top(filters, limit),
    queryFn: ({ signal }) => getTopTags(filters, limit, signal),
    staleTime: 60_000,
    // Quick picks are a convenience: without them the editor works as before.
    meta: { errorNotice: false },
  });

export function useTopTags(filters: FileQuery, limit: number) {
  return useQuery(topTagsQueryOptions(filters, limit));
}
