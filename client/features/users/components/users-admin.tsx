import { useRef, useState } from 'react';
import { AddUserForm } from './add-user-form.tsx';
import { UsersTable } from './users-table.tsx';
import './users.css';

/** Who may use the app, with which role: add, change role, reset password, sign out, delete. */
export function UsersAdmin({ currentUsername }: { currentUsername: string }) {
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <div className="users-admin">
      <h1 ref={headingRef} tabIndex={-1}>
        Users
      </h1>
      <p className="users-admin__status" role="status">
        {status}
      </p>
      <AddUserForm onAdded={(user) => setStatus(`Added ${user.username} as ${user.role}.`)} />
      <UsersTable
        currentUsername={currentUsername}
        onChanged={setStatus}
        focusAfterRemoval={headingRef}
      />
    </div>
  );
}
