import type { RefObject } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/query-client.ts';
import { useSignOutEverywhere } from '../../../api/session/sign-out-everywhere.ts';

interface SignOutEverywhereDialogProps {
  onClose(): void;
  onSignedOut(): void;
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function SignOutEverywhereDialog({
  onClose,
  onSignedOut,
  returnFocusTo,
}: SignOutEverywhereDialogProps) {
  const signOut = useSignOutEverywhere();
  return (
    <ConfirmDialog
      title="Sign out everywhere?"
      description={<p>This ends your sessions in every browser and device, this one included.</p>}
      confirmLabel="Sign out everywhere"
      busyLabel="Signing out…"
      isBusy={signOut.isPending}
      error={signOut.isError ? errorMessage(signOut.error) : null}
      returnFocusTo={returnFocusTo}
      onCancel={onClose}
      onConfirm={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}
    />
  );
}
