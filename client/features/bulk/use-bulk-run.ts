import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { startBulkTags } from '../../api/bulk/bulk-tags.ts';
import { listMatchingFiles } from '../../api/files/list-matching-files.ts';
import { cancelRun } from '../../api/runs/cancel-run.ts';
import { followRun } from '../../api/runs/follow-run.ts';
import { refreshAfterRun, refreshRuns } from '../../api/runs/runs-cache.ts';
import { startTagRewrite } from '../../api/tags/rewrite-tag.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { undoOffers } from '../../lib/undo-offers.ts';
import { changeBody, describeChange, type TagChange } from './bulk-change.ts';
import { runPlan, type BulkPlan, type PlanOutcome, type RunProgress } from './bulk-plan.ts';

export type BulkRunState =
  | { kind: 'idle' }
  | ({ kind: 'running'; isCancelling: boolean } & RunProgress)
  | {
      kind: 'finished';
      outcome: PlanOutcome;
      change: TagChange;
      /** File names by id, for the list of failures. */
      names: ReadonlyMap<string, string>;
    };

/**
 * Runs one tag change over many files as a run on the server, following its progress, with
 * cancel. What the change makes stale is refreshed once it ends, and an Undo is offered.
 */
export function useBulkRun(pollMs?: number) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkRunState>({ kind: 'idle' });
  const stopRef = useRef<AbortController | null>(null);
  const runRef = useRef<string | null>(null);

  // Leaving the page stops following; the run itself goes on on the server (Activity shows it).
  useEffect(() => () => stopRef.current?.abort(), []);

  async function run(plan: BulkPlan, known: ReadonlyMap<string, string>) {
    const names = new Map(known);
    const stop = new AbortController();
    stopRef.current = stop;
    const outcome = await runPlan(plan, {
      start: (request, change) => startBulkTags({ ...request, ...changeBody(change) }),
      startRewrite: startTagRewrite,
      follow: (runId, onProgress) => followRun(runId, onProgress, pollMs),
      findFiles: listMatchingFiles,
      onRunStarted(runId) {
        runRef.current = runId;
        refreshRuns(queryClient);
        if (stop.signal.aborted) void cancelRun(runId);
      },
      onProgress: (progress) =>
        setState((s) => ({
          kind: 'running',
          isCancelling: s.kind === 'running' && s.isCancelling,
          ...progress,
        })),
      signal: stop.signal,
      describeError: errorMessage,
      onFound: (files) => files.forEach((file) => names.set(file.fileId, file.name)),
    });
    runRef.current = null;
    setState({ kind: 'finished', outcome, change: plan.change, names });
    refreshAfterRun(queryClient, outcome, outcome.updatedIds ?? undefined);
    if (outcome.updated > 0) {
      const files = `${outcome.updated} ${outcome.updated === 1 ? 'file' : 'files'}`;
      undoOffers.offer(`${describeChange(plan.change)} ${files} changed.`, {
        kind: 'runs',
        runIds: outcome.runIds,
      });
    }
  }

  return {
    state,
    /** Starts a run; `names` (by file id) name the files that fail. */
    run: (plan: BulkPlan, names: ReadonlyMap<string, string> = new Map()) => void run(plan, names),
    /** Sends the change again to some files of the finished run (those failed or not sent). */
    retry(fileIds: readonly string[]) {
      if (state.kind !== 'finished') return;
      void run({ kind: 'files', fileIds, change: state.change }, state.names);
    },
    /** Stops finding files at once, and the run after the chunk in flight. */
    cancel() {
      stopRef.current?.abort();
      if (runRef.current) void cancelRun(runRef.current).catch(() => undefined);
      setState((s) => (s.kind === 'running' ? { ...s, isCancelling: true } : s));
    },
    dismiss: () => setState({ kind: 'idle' }),
  };
}
