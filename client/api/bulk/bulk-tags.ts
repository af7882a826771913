import { useMutation } from '@tanstack/react-query';
import type { BulkTags, BulkTagsResult } from '../../../common/api/bulk-tags.ts';
import { apiRequest } from '../../lib/api-client.ts';

/**
 * Adds and removes tags on many files, named by id or by a query of the library (the server
 * allows 10,000 matches); each file keeps its other tags.
 */
export function applyBulkTags(change: BulkTags): Promise<BulkTagsResult> {
  return apiRequest<BulkTagsResult>('/api/bulk/tags', { method: 'POST', body: change });
}

export function useBulkTags() {
  return useMutation({
    mutationFn: applyBulkTags,
    // The bulk bar's summary lists what failed, file by file.
    meta: { errorNotice: false },
  });
}
