import type { RunDetails } from '../../../common/api/runs.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** Stops a run after the chunk in flight; answers once it has stopped. */
export function cancelRun(runId: string): Promise<RunDetails> {
  return apiRequest<RunDetails>(`/api/runs/${encodeURIComponent(runId)}/cancel`, {
    method: 'POST',
  });
}
