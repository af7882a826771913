import { useDeleteSession } from '../../../api/session/delete-session.ts';
import { useSession } from '../../../api/session/get-session.ts';
import { AccountMenu } from './account-menu.tsx';
import './user-menu.css';

interface UserMenuProps {
  onSignedOut(): void;
}

/** Who is signed in, with what role, their account's settings, and the way out. */
export function UserMenu({ onSignedOut }: UserMenuProps) {
  const { data: session } = useSession();
  const signOut = useDeleteSession();
  if (!session) return null;

  return (
    <div className="user-menu">
      <span className="user-menu__who">
        {session.user.username} <span className="user-menu__role">{session.user.role}</span>
      </span>
      <AccountMenu onSignedOut={onSignedOut} />
      <button
        type="button"
        className="button"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: onSignedOut })}
      >
        Sign out
      </button>
    </div>
  );
}
