import { useId, useState, type RefObject } from 'react';
import { ChangePasswordSchema, MIN_PASSWORD_LENGTH } from '../../../../common/api/users.ts';
import { useChangePassword } from '../../../api/session/change-password.ts';
import { ActionDialog } from '../../../components/action-dialog.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { schemaProblems } from '../../../lib/schema-problems.ts';

interface ChangePasswordDialogProps {
  onClose(): void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** What is wrong with the form, found before anything is sent. */
function formProblems(current: string, next: string, repeated: string): string[] {
  const problems = [];
  if (current === '') problems.push('Enter your current password.');
  problems.push(...schemaProblems(ChangePasswordSchema.shape.newPassword, next));
  if (next !== repeated) problems.push('The new passwords do not match.');
  return problems;
}

/** The signed-in user changes their own password; their other sessions end. */
export function ChangePasswordDialog({ onClose, returnFocusTo }: ChangePasswordDialogProps) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const change = useChangePassword();

  function submit() {
    const found = formProblems(current, next, repeated);
    setProblems(found);
    if (found.length === 0) change.mutate({ currentPassword: current, newPassword: next });
  }

  if (change.isSuccess) {
    return (
      // A new dialog rather than new content, so the focus moves to its Close button.
      <Dialog key="done" title="Password changed" onClose={onClose} returnFocusTo={returnFocusTo}>
        <p>Your password is changed. You stay signed in here; every other session has ended.</p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  const invalid = problems.length > 0 || change.isError;
  return (
    <ActionDialog
      title="Change password"
      actionLabel="Change password"
      busyLabel="Changing…"
      request={change}
      problems={problems}
      returnFocusTo={returnFocusTo}
      onCancel={onClose}
      onAction={submit}
    >
      <PasswordField
        label="Current password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        invalid={invalid}
      />
      <PasswordField
        label="New password"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        invalid={invalid}
        hintId={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field-note">
        At least {MIN_PASSWORD_LENGTH} characters.
      </p>
      <PasswordField
        label="Confirm new password"
        autoComplete="new-password"
        value={repeated}
        onChange={setRepeated}
        invalid={invalid}
      />
    </ActionDialog>
  );
}
