import type { RefObject } from 'react';
import { isApiError } from '../../../lib/api-client.ts';
import { useUsers } from '../api/list-users.ts';
import { UserRow } from './user-row.tsx';

interface UsersTableProps {
  currentUsername: string;
  onChanged(username: string, message: string): void;
  /** Where the focus goes when the row it was in is deleted. */
  focusAfterRemoval: RefObject<HTMLElement | null>;
}

export function UsersTable({ currentUsername, onChanged, focusAfterRemoval }: UsersTableProps) {
  const users = useUsers();

  if (users.isPending) {
    return (
      <p className="state" role="status">
        Loading users…
      </p>
    );
  }
  if (users.isError) {
    const forbidden = isApiError(users.error) && users.error.status === 403;
    return (
      <div className="state state--error" role="alert">
        <p>{forbidden ? 'Managing users needs the admin role.' : 'Could not load the users.'}</p>
        {!forbidden && (
          <button type="button" className="button" onClick={() => void users.refetch()}>
            Try again
          </button>
        )}
      </div>
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
