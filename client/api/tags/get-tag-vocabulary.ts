import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { tagKeys } from './tag-keys.ts';

export interface TagCount {
  name: string;
  count: number;
}

export const TAG_SUGGESTION_LIMIT = 20;

/** Tags already used in the library that contain `q` (the most used first). */
export async function getTagVocabulary(q: string, signal?: AbortSignal): Promise<TagCount[]> {
  const answer = await apiRequest<{ tags: TagCount[] }>('/api/tags', {
    query: { q, limit: TAG_SUGGESTION_LIMIT },
    signal,
  });
  return answer.tags;
}

export const tagVocabularyQueryOptions = (q: string) =>
  queryOptions({
    queryKey: tagKeys.vocabulary(q),
    queryFn: ({ signal }) => getTagVocabulary(q, signal),
    staleTime: 60_000,
    // Suggestions are a convenience: a failure must not interrupt typing with a notice.
    meta: { errorNotice: false },
  });

export function useTagVocabulary(q: string) {
  return useQuery({ ...tagVocabularyQueryOptions(q), placeholderData: keepPreviousData });
}

/**
 * Looks tags up on demand (answered from the cache when the same text was searched lately), for
 * decisions that cannot wait for the debounced suggestions: what Enter takes, near duplicates.
 */
export function useTagLookup(): (q: string) => Promise<TagCount[]> {
  const queryClient = useQueryClient();
  return (q) => queryClient.fetchQuery(tagVocabularyQueryOptions(q));
}
