import { formatCount } from '../../../lib/format-count.ts';

interface BulkProgressProps {
  done: number;
  total: number;
  isCancelling: boolean;
  onCancel(): void;
}

/** How far a bulk change has got, and the way to stop it before the next batch. */
export function BulkProgress({ done, total, isCancelling, onCancel }: BulkProgressProps) {
  const text = `${formatCount(done)} of ${formatCount(total)} files…`;
  return (
    <div className="bulk-progress">
      <progress max={total} value={done} aria-label="Bulk change progress" aria-valuetext={text} />
      <p role="status">{isCancelling ? `Stopping after the current batch… ${text}` : text}</p>
      {/* The Apply button is gone while this runs; Cancel is where the user's focus belongs. */}
      <button type="button" className="button" autoFocus disabled={isCancelling} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
