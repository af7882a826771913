import type { ReactNode, RefObject } from 'react';
import { Dialog } from './dialog.tsx';

interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the work runs. */
  busyLabel: string;
  isBusy: boolean;
  /** Why the last attempt failed; the dialog stays open so the user can read it. */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** "Are you sure?" for actions that cannot be undone; Cancel has the focus, being the safe one. */
export function ConfirmDialog({
  confirmLabel,
  busyLabel,
  isBusy,
  error,
  onConfirm,
  onCancel,
  ...dialog
}: ConfirmDialogProps) {
  return (
    <Dialog role="alertdialog" onClose={onCancel} {...dialog}>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={isBusy}
          onClick={onConfirm}
        >
          {isBusy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
