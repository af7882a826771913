import { formatCount } from '../../../lib/format-count.ts';
import type { RunProgress } from '../bulk-plan.ts';

interface BulkProgressProps extends RunProgress {
  isCancelling: boolean;
  onCancel(): void;
}

function progressText({ phase, done, total, canCancel }: RunProgress): string {
  if (phase === 'finding')
    return `Finding the images… ${formatCount(done)} of ${formatCount(total)}`;
  if (!canCancel) return `Changing ${formatCount(total)} files…`;
  return `${formatCount(done)} of ${formatCount(total)} files…`;
}

/** How far a bulk change has got, and the way to stop it before the next batch. */
export function BulkProgress({ isCancelling, onCancel, ...progress }: BulkProgressProps) {
  const text = progressText(progress);
  const { done, total, canCancel, phase } = progress;
  // One request for a whole query has no steps to show: an indeterminate bar says "working".
  const value = canCancel || phase === 'finding' ? done : undefined;
  return (
    <div className="bulk-progress">
      <progress max={total} value={value} aria-label="Bulk change progress" aria-valuetext={text} />
      <p role="status">{isCancelling ? `Stopping after the current batch… ${text}` : text}</p>
      {/* The Apply button is gone while this runs; Cancel is where the user's focus belongs. */}
      {canCancel && (
        <button
          type="button"
          className="button"
          autoFocus
          disabled={isCancelling}
          onClick={onCancel}
        >
          Cancel
        </button>
      )}
    </div>
  );
}
