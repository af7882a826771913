import { useState, type RefObject } from 'react';
import type { UserSummary } from '../../../../common/api/users.ts';
import { useSignOutUserEverywhere } from '../../../api/users/sign-out-user.ts';
import { DeleteUserDialog } from './delete-user-dialog.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';
import { RoleSelect } from './role-select.tsx';

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface UserRowProps {
  user: UserSummary;
  isCurrentUser: boolean;
  /** A change was made; the message says what, for the page's status line. */
  onChanged(message: string): void;
  focusAfterRemoval: RefObject<HTMLElement | null>;
}

export function UserRow({ user, isCurrentUser, onChanged, focusAfterRemoval }: UserRowProps) {
  const [dialog, setDialog] = useState<'reset' | 'delete' | null>(null);
  const signOut = useSignOutUserEverywhere();
  const { username } = user;

  return (
    <tr>
      <th scope="row">
        {username}
        {isCurrentUser && <span className="users-table__you"> (you)</span>}
      </th>
      <td>
        <RoleSelect user={user} onChanged={onChanged} />
      </td>
      <td>
        <time dateTime={user.createdAt}>{DATE_FORMAT.format(new Date(user.createdAt))}</time>
      </td>
      <td>
        <div className="button-row">
          {/* Each name starts with the visible text and says whose account it acts on. It is not
              an aria-label, so a label lookup for the form's "Password" finds only the field. */}
          <button type="button" className="button" onClick={() => setDialog('reset')}>
            <span aria-hidden="true">Reset password</span>
            <span className="visually-hidden">{`Reset password for ${username}`}</span>
          </button>
          <button
            type="button"
            className="button"
            disabled={signOut.isPending}
            onClick={() =>
              signOut.mutate(username, {
                onSuccess: (ended) =>
                  onChanged(
                    `Ended ${ended} ${ended === 1 ? 'session' : 'sessions'} of ${username}.`,
                  ),
              })
            }
          >
            <span aria-hidden="true">Sign out everywhere</span>
            <span className="visually-hidden">{`Sign out everywhere for ${username}`}</span>
          </button>
          <button type="button" className="button" onClick={() => setDialog('delete')}>
            <span aria-hidden="true">Delete</span>
            <span className="visually-hidden">{`Delete ${username}`}</span>
          </button>
        </div>
        {dialog === 'reset' && (
          <ResetPasswordDialog
            username={username}
            onClose={() => setDialog(null)}
            onDone={(message) => {
              setDialog(null);
              onChanged(message);
            }}
          />
        )}
        {dialog === 'delete' && (
          <DeleteUserDialog
            username={username}
            returnFocusTo={focusAfterRemoval}
            onClose={() => setDialog(null)}
            onDeleted={() => onChanged(`Deleted ${username}.`)}
          />
        )}
      </td>
    </tr>
  );
}
