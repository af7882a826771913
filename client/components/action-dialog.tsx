import type { FormEvent, ReactNode, RefObject } from 'react';
import { errorMessage } from '../lib/query-client.ts';
import { Dialog } from './dialog.tsx';
import { FieldProblems } from './field-problems.tsx';

interface ActionDialogProps {
  title: string;
  description?: ReactNode;
  /** The action's button; `busyLabel` stands in for it while the request runs. */
  actionLabel: string;
  busyLabel: string;
  /** The request the action sends (a mutation): its error is shown, and the dialog stays open. */
  request: { isPending: boolean; error: unknown };
  /** What the form's own checks found, before anything was sent. */
  problems?: readonly string[];
  /** For what cannot be undone: asked as an alert, Cancel (the safe choice) has the focus. */
  isDestructive?: boolean;
  onAction(): void;
  onCancel(): void;
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** The form's fields, when the action needs any. */
  children?: ReactNode;
}

/** A dialog that asks for one action: optional fields, what stands in the way, Cancel and the action. */
export function ActionDialog({
  actionLabel,
  busyLabel,
  request,
  problems = [],
  isDestructive = false,
  onAction,
  onCancel,
  children,
  ...dialog
}: ActionDialogProps) {
  const messages = request.error ? [...problems, errorMessage(request.error)] : problems;

  function submit(event: FormEvent) {
    event.preventDefault();
    onAction();
  }

  return (
    <Dialog role={isDestructive ? 'alertdialog' : 'dialog'} onClose={onCancel} {...dialog}>
      <form className="dialog__form" onSubmit={submit} noValidate>
        {children}
        <FieldProblems messages={messages} />
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            data-autofocus={isDestructive || undefined}
            onClick={onCancel}
          >
            Cancel
          </button>
          <button
            type="submit"
            className={isDestructive ? 'button button--danger' : 'button button--primary'}
            disabled={request.isPending}
          >
            {request.isPending ? busyLabel : actionLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
