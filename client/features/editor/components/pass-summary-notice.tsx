import { useEffect, useRef } from 'react';
import { summaryText, type PassSummaryState } from '../pass-summary.ts';
import './pass.css';

interface PassSummaryNoticeProps {
  summary: PassSummaryState;
  onDismiss(): void;
}

/**
 * Shown on the view after a pass through it. It takes the focus as it appears, so a screen
 * reader reads it (a status region that appears with its text is often not announced).
 */
export function PassSummaryNotice({ summary, onDismiss }: PassSummaryNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="pass-summary" role="status" tabIndex={-1}>
      <p>
        {summary.finished && <strong>You reached the end of this view. </strong>}
        {summaryText(summary.passSummary)}
      </p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
