import type { FileQuery } from '../../lib/file-query.ts';

/** How the Tags page orders the vocabulary: `count` puts the rare ones (often typos) first. */
export type TagSort = 'name' | 'count' | '-count';

export interface TagListParams {
  q: string;
  sort: TagSort;
}

export const tagKeys = {
  all: ['tags'] as const,
  vocabulary: (q: string) => [...tagKeys.all, 'vocabulary', q] as const,
  list: (params: TagListParams) => [...tagKeys.all, 'list', params] as const,
  top: (filters: FileQuery, limit: number) => [...tagKeys.all, 'top', filters, limit] as const,
};
