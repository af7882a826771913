import type { RefObject } from 'react';
import { useDeleteUser } from '../../../api/users/delete-user.ts';
import { ActionDialog } from '../../../components/action-dialog.tsx';

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
    <ActionDialog
      isDestructive
      title={`Delete ${username}?`}
      description={
        <p>{username} can no longer sign in, and their sessions end. This cannot be undone.</p>
      }
      actionLabel="Delete"
      busyLabel="Deleting…"
      request={remove}
      returnFocusTo={returnFocusTo}
      onCancel={onClose}
      onAction={() => remove.mutate(username, { onSuccess: onDeleted })}
    />
  );
}
