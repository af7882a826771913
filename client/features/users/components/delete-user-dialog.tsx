import type { RefObject } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/query-client.ts';
import { useDeleteUser } from '../../../api/users/delete-user.ts';

interface DeleteUserDialogProps {
  username: string;
  onDeleted(): void;
  onClose(): void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function DeleteUserDialog({
  username,
  onDeleted,
  onClose,
  returnFocusTo,
}: DeleteUserDialogProps) {
  const remove = useDeleteUser();
  return (
    <ConfirmDialog
      title={`Delete ${username}?`}
      description={
        <p>{username} can no longer sign in, and their sessions end. This cannot be undone.</p>
      }
      confirmLabel="Delete"
      busyLabel="Deleting…"
      isBusy={remove.isPending}
      error={remove.isError ? errorMessage(remove.error) : null}
      returnFocusTo={returnFocusTo}
      onCancel={onClose}
      onConfirm={() => remove.mutate(username, { onSuccess: onDeleted })}
    />
  );
}
