import type { RunSummary } from '../../../../common/api/runs.ts';
import { useUndoRuns } from '../../../api/runs/undo-run.ts';
import { formatWhen } from '../../../lib/format-when.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import { describeOutcome, describeRun } from '../run-description.ts';

interface ActivityRunProps {
  run: RunSummary;
  /** The other runs listed, to name the one an undo undid. */
  runs: readonly RunSummary[];
  mayUndo: boolean;
}

/** One run: what, who, when, how it went, and "Undo this run". */
export function ActivityRun({ run, runs, mayUndo }: ActivityRunProps) {
  const undo = useUndoRuns();
  const what = describeRun(run, runs);
  const headingId = `run-${run.id}`;
  const undoable = run.status !== 'running' && run.updated > 0 && run.undoneBy === null;
  return (
    <li className="activity-run" aria-labelledby={headingId}>
      <h2 id={headingId}>{what}</h2>
      <p className="hint">
        {run.user} · <time dateTime={run.at}>{formatWhen(run.at)}</time>
      </p>
      <p role={run.status === 'running' ? 'status' : undefined}>{describeOutcome(run)}</p>
      {run.undoneBy !== null && <p className="hint">Undone.</p>}
      {mayUndo && undoable && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={undo.isPending}
            onClick={() => undo.mutate([run.id])}
          >
            {undo.isPending ? 'Undoing…' : 'Undo this run'}
          </button>
        </div>
      )}
      {undo.isError && (
        <p className="form-error" role="alert">
          {errorMessage(undo.error)}
        </p>
      )}
    </li>
  );
}
