import type { useBulkRun } from '../use-bulk-run.ts';
import { BulkProgress } from './bulk-progress.tsx';
import { BulkSummary } from './bulk-summary.tsx';

/** A bulk run while it goes (progress, Cancel) and once it ended (what it did, Retry). */
export function BulkRunStatus({ run }: { run: ReturnType<typeof useBulkRun> }) {
  const { state } = run;
  if (state.kind === 'running') return <BulkProgress {...state} onCancel={run.cancel} />;
  if (state.kind === 'finished') {
    return <BulkSummary {...state} onRetry={run.retry} onDismiss={run.dismiss} />;
  }
  return null;
}
