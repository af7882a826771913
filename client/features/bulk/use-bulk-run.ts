import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useBulkTags } from '../../api/bulk/bulk-tags.ts';
import { refreshAfterFileChange } from '../../api/files/file-cache.ts';
import { listMatchingFiles } from '../../api/files/list-matching-files.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { changeBody, sendInSteps, type TagChange } from './bulk-change.ts';
import { runPlan, type BulkPlan, type RunProgress } from './bulk-plan.ts';
import type { BatchRunOutcome } from './run-batches.ts';

/** Files per request: small enough for steady progress, large enough to keep requests few. */
export const BULK_BATCH_SIZE = 200;

export type BulkRunState =
  | { kind: 'idle' }
  | ({ kind: 'running'; isCancelling: boolean } & RunProgress)
  | {
      kind: 'finished';
      outcome: BatchRunOutcome;
      change: TagChange;
      cancelled: boolean;
      /** File names by id, for the list of failures. */
      names: ReadonlyMap<string, string>;
    };

/**
 * Runs one tag change over many files, with progress and cancel. What the files' changes make
 * stale is refreshed once a run ends, not after every batch.
 */
export function useBulkRun(batchSize = BULK_BATCH_SIZE) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkRunState>({ kind: 'idle' });
  const stopRef = useRef<AbortController | null>(null);
  const mutation = useBulkTags();

  // Leaving the page stops sending; the batch in flight still completes on the server.
  useEffect(() => () => stopRef.current?.abort(), []);

  async function run(plan: BulkPlan, known: ReadonlyMap<string, string>) {
    const names = new Map(known);
    const stop = new AbortController();
    stopRef.current = stop;
    const outcome = await runPlan(plan, {
      send: (request, change) =>
        'query' in request
          ? mutation.mutateAsync({ query: request.query, ...changeBody(change) })
          : sendInSteps(request.fileIds, change, (body) => mutation.mutateAsync(body)),
      findFiles: listMatchingFiles,
      batchSize,
      onProgress: (progress) =>
        setState((s) => ({
          kind: 'running',
          isCancelling: s.kind === 'running' && s.isCancelling,
          ...progress,
        })),
      shouldStop: () => stop.signal.aborted,
      signal: stop.signal,
      describeError: errorMessage,
      onFound: (files) => files.forEach((file) => names.set(file.fileId, file.name)),
    });
    const cancelled = stop.signal.aborted && outcome.stopReason === null;
    setState({ kind: 'finished', outcome, change: plan.change, cancelled, names });
    if (outcome.updated.length === 0) return;
    // A query run names the files it updated too, but they may be thousands of details to match.
    refreshAfterFileChange(
      queryClient,
      plan.kind === 'query' ? { manyFiles: true } : { fileIds: outcome.updated },
    );
  }

  return {
    state,
    /** Starts a run; `names` (by file id) name the files that fail. */
    run: (plan: BulkPlan, names: ReadonlyMap<string, string> = new Map()) => void run(plan, names),
    /** Sends `change` again to some files of the finished run (those failed or not sent). */
    retry(fileIds: readonly string[]) {
      if (state.kind !== 'finished') return;
      void run({ kind: 'files', fileIds, change: state.change }, state.names);
    },
    cancel() {
      stopRef.current?.abort();
      setState((s) => (s.kind === 'running' ? { ...s, isCancelling: true } : s));
    },
    dismiss: () => setState({ kind: 'idle' }),
  };
}
