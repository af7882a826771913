import { PREFER_ASYNC, type RunSummary, type TagRewrite } from '../../../common/api/runs.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** Renames, merges or deletes a tag across the library, as a run on the server. */
export function startTagRewrite(rewrite: TagRewrite): Promise<RunSummary> {
  return apiRequest<RunSummary>('/api/tags/rewrite', {
    method: 'POST',
    body: rewrite,
    headers: { Prefer: PREFER_ASYNC },
  });
}
