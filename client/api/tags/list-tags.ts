import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { TagList } from '../../../common/api/catalog.ts';
import { tagKeys, type TagListParams } from './tag-keys.ts';

/** A page of tags with exact counts, and how many tags match `q` in all. */
export type TagPage = TagList;

/** The most the API gives per page. */
export const TAG_PAGE_SIZE = 100;

/** One page of the library's tags with their exact counts. */
export function listTags(
  params: TagListParams,
  offset: number,
  signal?: AbortSignal,
): Promise<TagPage> {
  return apiRequest<TagPage>('/api/tags', {
    query: { q: params.q, sort: params.sort, limit: TAG_PAGE_SIZE, offset },
    signal,
  });
}

export const tagListQueryOptions = (params: TagListParams) =>
  infiniteQueryOptions({
    queryKey: tagKeys.list(params),
    queryFn: ({ pageParam, signal }) => listTags(params, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.tags.length, 0);
      return last.tags.length === TAG_PAGE_SIZE && loaded < last.total ? loaded : undefined;
    },
  });

export function useTagList(params: TagListParams) {
  return useInfiniteQuery(tagListQueryOptions(params));
}
