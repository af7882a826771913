import { useId, useState, type FormEvent } from 'react';
import { UpdateUserSchema } from '../../../../common/api/users.ts';
import { Dialog } from '../../../components/dialog.tsx';
import { errorMessage } from '../../../lib/query-client.ts';
import { schemaProblems } from '../../../lib/schema-problems.ts';
import { useUpdateUser } from '../../../api/users/update-user.ts';
import { FieldProblems } from '../../../components/field-problems.tsx';

interface ResetPasswordDialogProps {
  username: string;
  onDone(message: string): void;
  onClose(): void;
}

/** An admin sets a new password for someone; every session of that user ends with it. */
export function ResetPasswordDialog({ username, onDone, onClose }: ResetPasswordDialogProps) {
  const id = useId();
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const update = useUpdateUser();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = schemaProblems(UpdateUserSchema, { password });
    setProblems(found);
    if (found.length > 0) return;
    update.mutate(
      { username, changes: { password } },
      { onSuccess: () => onDone(`New password set for ${username}; their sessions ended.`) },
    );
  }

  const messages = update.isError ? [...problems, errorMessage(update.error)] : problems;
  return (
    <Dialog
      title={`Reset the password of ${username}`}
      description={<p>Every session of {username} ends; they sign in with the new password.</p>}
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-password`}>New password</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          maxLength={1000}
          value={password}
          aria-invalid={messages.length > 0}
          onChange={(e) => setPassword(e.target.value)}
        />
        <FieldProblems messages={messages} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Set password'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
