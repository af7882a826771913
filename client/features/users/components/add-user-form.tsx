import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../../common/roles.ts';
import { CreateUserSchema, type UserSummary } from '../../../../common/api/users.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import { schemaProblems } from '../../../lib/schema-problems.ts';
import { useCreateUser } from '../../../api/users/create-user.ts';
import { FieldProblems } from '../../../components/field-problems.tsx';
import { PasswordField } from '../../../components/password-field.tsx';

/** New users start with the least power; an admin raises it on purpose. */
const DEFAULT_ROLE: Role = 'viewer';

/** Adds a user: checked here with the server's schema first, the server's reason shown if it refuses. */
export function AddUserForm({ onAdded }: { onAdded(user: UserSummary): void }) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(DEFAULT_ROLE);
  const [problems, setProblems] = useState<string[]>([]);
  const create = useCreateUser();

  function submit(event: FormEvent) {
    event.preventDefault();
    const user = { username: username.trim(), password, role };
    const found = schemaProblems(CreateUserSchema, user);
    setProblems(found);
    if (found.length > 0) return;
    create.mutate(user, {
      onSuccess: (added) => {
        setUsername('');
        setPassword('');
        setRole(DEFAULT_ROLE);
        onAdded(added);
      },
    });
  }

  const messages = create.isError ? [...problems, errorMessage(create.error)] : problems;
  return (
    <form className="add-user" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Add a user</h2>
      <div className="add-user__fields">
        <label htmlFor={`${id}-name`}>New user name</label>
        <input
          id={`${id}-name`}
          autoComplete="off"
          maxLength={64}
          value={username}
          aria-invalid={messages.length > 0}
          onChange={(e) => setUsername(e.target.value)}
        />
        <PasswordField
          label="Password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          invalid={messages.length > 0}
        />
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add user'}
        </button>
      </div>
      <FieldProblems messages={messages} />
    </form>
  );
}
