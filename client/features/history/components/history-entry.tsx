import type { HistoryEntry } from '../../../../common/api/history.ts';
import { useRevertEntry } from '../../../api/history/revert-entry.ts';
import { formatWhen } from '../../../lib/format-when.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import { actionLabel, canRevert, describeChange, statusNote } from '../entry-diff.ts';

interface HistoryEntryProps {
  entry: HistoryEntry;
  /** The user may revert (an editor); `blockedBy` says why not now (unsaved edits). */
  mayRevert: boolean;
  blockedBy: string | null;
}

/** One change: what it did (+sale, −red, region moved…), who and when, and Revert. */
export function HistoryEntryItem({ entry, mayRevert, blockedBy }: HistoryEntryProps) {
  const revert = useRevertEntry();
  const lines = entry.after ? describeChange(entry.before, entry.after) : [];
  const note = statusNote(entry);
  const headingId = `history-entry-${entry.id}`;
  return (
    <li
      className={`history-entry${entry.status === 'failed' ? ' history-entry--failed' : ''}`}
      aria-labelledby={headingId}
    >
      <p className="history-entry__head">
        <strong id={headingId}>
          {actionLabel(entry.action)} by {entry.user}
        </strong>
        <time className="hint" dateTime={entry.at}>
          {formatWhen(entry.at)}
        </time>
      </p>
      {lines.length > 0 ? (
        <ul className="history-entry__diff" aria-label="What changed">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="hint">No change: the image was so already.</p>
      )}
      {entry.runId && <p className="hint">Part of a run (see Activity).</p>}
      {note && <p className="history-entry__note">{note}</p>}
      {mayRevert && canRevert(entry) && lines.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={revert.isPending || blockedBy !== null}
            title={blockedBy ?? undefined}
            onClick={() => revert.mutate(entry.id)}
          >
            {revert.isPending ? 'Reverting…' : 'Revert'}
          </button>
        </div>
      )}
      {revert.isError && (
        <p className="form-error" role="alert">
          {errorMessage(revert.error)}
        </p>
      )}
    </li>
  );
}
