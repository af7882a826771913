import type { BulkTags } from '../../../common/api/bulk-tags.ts';
import { PREFER_ASYNC, type RunSummary } from '../../../common/api/runs.ts';
import { apiRequest } from '../../lib/api-client.ts';

/**
 * Starts a run adding and removing tags on many files, named by id (up to 10,000) or by a
 * query of the library; each file keeps its other tags. Answers at once with the run to follow.
 */
export function startBulkTags(change: BulkTags): Promise<RunSummary> {
  return apiRequest<RunSummary>('/api/bulk/tags', {
    method: 'POST',
    body: change,
    headers: { Prefer: PREFER_ASYNC },
  });
}
