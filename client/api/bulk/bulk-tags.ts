import { useMutation } from '@tanstack/react-query';
import type { BulkTags, BulkTagsResult } from '../../../common/api/bulk-tags.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { FileQuery } from '../../lib/file-query.ts';

/** The query form: every file matching the library's filters (the server allows 10,000). */
export interface BulkTagsByQuery {
  query: FileQuery;
  add?: string[];
  remove?: string[];
}

export type BulkTagsRequest = BulkTags | BulkTagsByQuery;

/** Adds and removes tags on many files; each file keeps its other tags. */
export function applyBulkTags(change: BulkTagsRequest): Promise<BulkTagsResult> {
  return apiRequest<BulkTagsResult>('/api/bulk/tags', { method: 'POST', body: change });
}

export function useBulkTags() {
  return useMutation({
    mutationFn: applyBulkTags,
    // The bulk bar's summary lists what failed, file by file.
    meta: { errorNotice: false },
  });
}
