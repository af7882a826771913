import { useRuns } from '../../../api/runs/list-runs.ts';
import { LoadFailed, Loading } from '../../../components/load-states.tsx';
import { errorMessage } from '../../../lib/query-client.ts';
import { ActivityRun } from './activity-run.tsx';
import './history.css';

/** The latest runs (bulk changes, tag rewrites, undos), newest first; editors may undo one. */
export function ActivityList({ mayUndo }: { mayUndo: boolean }) {
  const runs = useRuns();
  if (runs.isPending) return <Loading>Loading the activity…</Loading>;
  if (runs.isError) {
    return <LoadFailed message={errorMessage(runs.error)} onRetry={() => void runs.refetch()} />;
  }
  if (runs.data.length === 0) {
    return <p className="state">No bulk change or tag rewrite has been run yet.</p>;
  }
  return (
    <ol className="activity-list" aria-label="Runs">
      {runs.data.map((run) => (
        <ActivityRun key={run.id} run={run} runs={runs.data} mayUndo={mayUndo} />
      ))}
    </ol>
  );
}
