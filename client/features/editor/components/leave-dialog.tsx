import { useId } from 'react';
import type { Blocker } from 'react-router';

/** Asks before an in-app navigation drops unsaved changes. */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const id = useId();
  if (blocker.state !== 'blocked') return null;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
      >
        <h2 id={`${id}-title`}>Leave without saving?</h2>
        <p id={`${id}-text`}>Your changes to this image have not been saved and will be lost.</p>
        <div className="dialog__actions">
          {/* Staying is the safe choice, so it gets the focus. */}
          <button
            type="button"
            className="button button--primary"
            autoFocus
            onClick={() => blocker.reset()}
          >
            Stay
          </button>
          <button type="button" className="button" onClick={() => blocker.proceed()}>
            Leave
          </button>
        </div>
      </div>
    </div>
  );
}
