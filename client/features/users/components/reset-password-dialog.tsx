import { useState } from 'react';
import { UpdateUserSchema } from '../../../../common/api/users.ts';
import { useUpdateUser } from '../../../api/users/update-user.ts';
import { ActionDialog } from '../../../components/action-dialog.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { schemaProblems } from '../../../lib/schema-problems.ts';

interface ResetPasswordDialogProps {
  username: string;
  onDone(message: string): void;
  onClose(): void;
}

/** An admin sets a new password for someone; every session of that user ends with it. */
export function ResetPasswordDialog({ username, onDone, onClose }: ResetPasswordDialogProps) {
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const update = useUpdateUser();

  function submit() {
    const found = schemaProblems(UpdateUserSchema, { password });
    setProblems(found);
    if (found.length > 0) return;
    update.mutate(
      { username, changes: { password } },
      { onSuccess: () => onDone(`New password set for ${username}; their sessions ended.`) },
    );
  }

  return (
    <ActionDialog
      title={`Reset the password of ${username}`}
      description={<p>Every session of {username} ends; they sign in with the new password.</p>}
      actionLabel="Set password"
      busyLabel="Saving…"
      request={update}
      problems={problems}
      onCancel={onClose}
      onAction={submit}
    >
      <PasswordField
        label="New password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        invalid={problems.length > 0 || update.isError}
      />
    </ActionDialog>
  );
}
