import { useEffect, useRef } from 'react';
import { formatCount } from '../../../lib/format-count.ts';
import { describeChange, type TagChange } from '../bulk-change.ts';
import type { PlanOutcome } from '../bulk-plan.ts';

interface BulkSummaryProps {
  outcome: PlanOutcome;
  change: TagChange;
  /** File names by id, for the list of failures. */
  names: ReadonlyMap<string, string>;
  onRetry(fileIds: string[]): void;
  onDismiss(): void;
}

const files = (count: number) => `${formatCount(count)} ${count === 1 ? 'file' : 'files'}`;

/** What a bulk change did: how many files were updated, which failed and why, and what next. */
export function BulkSummary({ outcome, change, names, onRetry, onDismiss }: BulkSummaryProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The progress bar and its Cancel button are gone; the result is the next thing to read.
  useEffect(() => headingRef.current?.focus(), []);
  const { updated, failed, notSent, stopReason, cancelled } = outcome;
  const title = cancelled ? 'Cancelled' : stopReason ? 'Stopped' : 'Done';

  return (
    <div className="bulk-summary">
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p>
        {describeChange(change)} Updated {files(updated)}.
        {failed.length > 0 && ` ${files(failed.length)} failed.`}
        {notSent.length > 0 && ` ${files(notSent.length)} not sent.`}
      </p>
      {stopReason && <p>Sending stopped after an error: {stopReason}</p>}
      {failed.length > 0 && (
        <ul className="bulk-summary__failed" aria-label="Failed files">
          {failed.map(({ fileId, message }) => (
            <li key={fileId}>
              <strong>{names.get(fileId) ?? fileId}</strong>: {message}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {failed.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onRetry(failed.map((f) => f.fileId))}
          >
            Retry failed
          </button>
        )}
        {notSent.length > 0 && (
          <button type="button" className="button" onClick={() => onRetry(notSent)}>
            Send the remaining {files(notSent.length)}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Close summary
        </button>
      </div>
    </div>
  );
}
