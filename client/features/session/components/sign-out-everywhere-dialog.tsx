import type { RefObject } from 'react';
import { useSignOutEverywhere } from '../../../api/session/sign-out-everywhere.ts';
import { ActionDialog } from '../../../components/action-dialog.tsx';

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
    <ActionDialog
      isDestructive
      title="Sign out everywhere?"
      description={<p>This ends your sessions in every browser and device, this one included.</p>}
      actionLabel="Sign out everywhere"
      busyLabel="Signing out…"
      request={signOut}
      returnFocusTo={returnFocusTo}
      onCancel={onClose}
      onAction={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}
    />
  );
}
