import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useBulkTags } from '../../api/bulk/bulk-tags.ts';
import { refreshAfterFileChange } from '../../api/files/file-cache.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { bulkRequest, type TagChange } from './bulk-change.ts';
import { runInBatches, type BatchRunOutcome } from './run-batches.ts';

/** Files per request: small enough for steady progress, large enough to keep requests few. */
export const BULK_BATCH_SIZE = 200;

export type BulkRunState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; isCancelling: boolean }
  | { kind: 'finished'; outcome: BatchRunOutcome; change: TagChange; cancelled: boolean };

/**
 * Runs one tag change over many files in batches, with progress and cancel. What the files'
 * changes make stale is refreshed once a run ends, not after every batch.
 */
export function useBulkRun(batchSize = BULK_BATCH_SIZE) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkRunState>({ kind: 'idle' });
  const stopRef = useRef(false);
  const mutation = useBulkTags();

  // Leaving the page stops sending; the batch in flight still completes on the server.
  useEffect(() => {
    stopRef.current = false;
    return () => {
      stopRef.current = true;
    };
  }, []);

  async function start(fileIds: readonly string[], change: TagChange) {
    stopRef.current = false;
    setState({ kind: 'running', done: 0, total: fileIds.length, isCancelling: false });
    const outcome = await runInBatches({
      fileIds,
      batchSize,
      send: (ids) => mutation.mutateAsync(bulkRequest(ids, change)),
      onProgress: (done, total) =>
        setState((s) => (s.kind === 'running' ? { ...s, done, total } : s)),
      shouldStop: () => stopRef.current,
      describeError: errorMessage,
    });
    const cancelled = outcome.notSent.length > 0 && outcome.stopReason === null;
    setState({ kind: 'finished', outcome, change, cancelled });
    if (outcome.updated.length > 0) {
      refreshAfterFileChange(queryClient, { fileIds: outcome.updated });
    }
  }

  return {
    state,
    start: (fileIds: readonly string[], change: TagChange) => void start(fileIds, change),
    cancel() {
      stopRef.current = true;
      setState((s) => (s.kind === 'running' ? { ...s, isCancelling: true } : s));
    },
    dismiss: () => setState({ kind: 'idle' }),
  };
}
