import type { Blocker } from 'react-router';
import { Dialog } from '../../../components/dialog.tsx';

interface LeaveDialogProps {
  blocker: Blocker;
  /** The user chose to lose the changes: nothing of them may be kept for later. */
  onLeave(): void;
}

/** Asks before an in-app navigation drops unsaved changes. */
export function LeaveDialog({ blocker, onLeave }: LeaveDialogProps) {
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog
      role="alertdialog"
      title="Leave without saving?"
      description={<p>Your changes to this image have not been saved and will be lost.</p>}
      onClose={() => blocker.reset()}
    >
      <div className="dialog__actions">
        {/* Staying is the safe choice, so it gets the focus (and Escape means it too). */}
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          onClick={() => blocker.reset()}
        >
          Stay
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onLeave();
            blocker.proceed();
          }}
        >
          Leave
        </button>
      </div>
    </Dialog>
  );
}
