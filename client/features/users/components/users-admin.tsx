import { useRef, useState } from 'react';
import { AddUserForm } from './add-user-form.tsx';
import { UsersTable } from './users-table.tsx';
import './users.css';

interface UsersAdminProps {
  currentUsername: string;
  /** After any change to `username` (the page refreshes the session when it is the current user). */
  onUserChanged(username: string): void;
}

/** Who may use the app, with which role: add, change role, reset password, sign out, delete. */
export function UsersAdmin({ currentUsername, onUserChanged }: UsersAdminProps) {
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  function changed(username: string, message: string) {
    setStatus(message);
    onUserChanged(username);
  }

  return (
    <div className="users-admin">
      <h1 ref={headingRef} tabIndex={-1}>
        Users
      </h1>
      <p className="users-admin__status" role="status">
        {status}
      </p>
      <AddUserForm
        onAdded={(user) => changed(user.username, `Added ${user.username} as ${user.role}.`)}
      />
      <UsersTable
        currentUsername={currentUsername}
        onChanged={changed}
        focusAfterRemoval={headingRef}
      />
    </div>
  );
}
