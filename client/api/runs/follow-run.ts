import type { RunDetails } from '../../../common/api/runs.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** How often a run is asked how far it got. */
export const FOLLOW_POLL_MS = 400;

export function getRun(runId: string, signal?: AbortSignal): Promise<RunDetails> {
  return apiRequest<RunDetails>(`/api/runs/${encodeURIComponent(runId)}`, { signal });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the server how far a run got until it ends, reporting each answer; resolves with the
 * run as it ended. The run goes on on the server whatever happens here.
 */
export async function followRun(
  runId: string,
  onProgress: (run: RunDetails) => void,
  pollMs = FOLLOW_POLL_MS,
): Promise<RunDetails> {
  for (;;) {
    const run = await getRun(runId);
    onProgress(run);
    if (run.status !== 'running') return run;
    await wait(pollMs);
  }
}
