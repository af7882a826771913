import type { QueryClient } from '@tanstack/react-query';
import type { RunSummary } from '../../../common/api/runs.ts';
import { refreshAfterFileChange } from '../files/file-cache.ts';
import { runKeys } from './run-keys.ts';

/**
 * What a run that ended makes stale: the runs list (its counts, "undone"), and, when it changed
 * files, whatever those files show (by id when the caller knows them).
 */
export function refreshAfterRun(
  queryClient: QueryClient,
  run: Pick<RunSummary, 'updated'>,
  fileIds?: readonly string[],
): void {
  void queryClient.invalidateQueries({ queryKey: runKeys.all });
  if (run.updated === 0) return;
  refreshAfterFileChange(queryClient, fileIds ? { fileIds } : { manyFiles: true });
}

/** A run was started: the list gains it. */
export function refreshRuns(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: runKeys.lists() });
}
