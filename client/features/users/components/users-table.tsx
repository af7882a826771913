import type { RefObject } from 'react';
import { isApiError } from '../../../lib/api-client.ts';
import { useUsers } from '../../../api/users/list-users.ts';
import { UserRow } from './user-row.tsx';
import { Loading, LoadFailed } from '../../../components/load-states.tsx';

interface UsersTableProps {
  currentUsername: string;
  /** A change was made; the message says what, for the page's status line. */
  onChanged(message: string): void;
  /** Where the focus goes when the row it was in is deleted. */
  focusAfterRemoval: RefObject<HTMLElement | null>;
}

export function UsersTable({ currentUsername, onChanged, focusAfterRemoval }: UsersTableProps) {
  const users = useUsers();

  if (users.isPending) {
    return <Loading>Loading users…</Loading>;
  }
  if (users.isError) {
    const forbidden = isApiError(users.error) && users.error.status === 403;
    return forbidden ? (
      <LoadFailed message="Managing users needs the admin role." />
    ) : (
      <LoadFailed message="Could not load the users." onRetry={() => void users.refetch()} />
    );
  }

  return (
    <div className="users-table-wrap">
      <table className="users-table">
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.data.map((user) => (
            <UserRow
              key={user.username}
              user={user}
              isCurrentUser={user.username === currentUsername}
              onChanged={onChanged}
              focusAfterRemoval={focusAfterRemoval}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
