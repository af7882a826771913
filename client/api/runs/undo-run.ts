import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PREFER_ASYNC, type RunDetails, type RunSummary } from '../../../common/api/runs.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { followRun } from './follow-run.ts';
import { refreshAfterRun, refreshRuns } from './runs-cache.ts';

/**
 * Starts a run that takes off what `runId` added to each file and puts back what it removed;
 * answers at once with the new run.
 */
export function undoRun(runId: string): Promise<RunSummary> {
  return apiRequest<RunSummary>(`/api/runs/${encodeURIComponent(runId)}/undo`, {
    method: 'POST',
    headers: { Prefer: PREFER_ASYNC },
  });
}

/** Undoes runs, newest first, each followed to its end; answers the undo runs as they ended. */
export function useUndoRuns() {
  const queryClient = useQueryClient();
  return useMutation({
    async mutationFn(runIds: readonly string[]): Promise<RunDetails[]> {
      const ended: RunDetails[] = [];
      for (const runId of [...runIds].reverse()) {
        const started = await undoRun(runId);
        refreshRuns(queryClient);
        ended.push(await followRun(started.id, () => undefined));
      }
      return ended;
    },
    // The row (or the toast) that asked says why, e.g. "undone already".
    meta: { errorNotice: false },
    onSettled: (ended) =>
      refreshAfterRun(queryClient, { updated: (ended ?? []).reduce((n, r) => n + r.updated, 0) }),
  });
}
