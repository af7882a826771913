import { useId } from 'react';
import { useFileHistory } from '../../../api/history/get-file-history.ts';
import { LoadFailed } from '../../../components/load-states.tsx';
import { errorMessage } from '../../../lib/query-client.ts';
import { HistoryEntryItem } from './history-entry.tsx';
import './history.css';

interface HistoryPanelProps {
  fileId: string;
  /** An editor may revert changes. */
  mayRevert: boolean;
  /** Why reverting has to wait (e.g. unsaved edits in the editor), or null. */
  blockedBy?: string | null;
}

/** Every change tagcrop made to the image, newest first, each with what it did and Revert. */
export function HistoryPanel({ fileId, mayRevert, blockedBy = null }: HistoryPanelProps) {
  const titleId = useId();
  const history = useFileHistory(fileId);
  return (
    <section className="history-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>History</h2>
      {history.isPending ? (
        <p className="hint" role="status">
          Loading the history…
        </p>
      ) : history.isError ? (
        <LoadFailed message={errorMessage(history.error)} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <p className="hint">No change has been made through tagcrop yet.</p>
      ) : (
        <ol className="history-list" aria-label="Changes">
          {history.data.map((entry) => (
            <HistoryEntryItem
              key={entry.id}
              entry={entry}
              mayRevert={mayRevert}
              blockedBy={blockedBy}
            />
          ))}
        </ol>
      )}
      {blockedBy && mayRevert && <p className="hint">{blockedBy}</p>}
    </section>
  );
}
