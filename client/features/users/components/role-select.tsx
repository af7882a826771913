import { useId, useState } from 'react';
import { ROLES, type Role } from '../../../../common/roles.ts';
import type { UserSummary } from '../../../../common/api/users.ts';
import { errorMessage } from '../../../lib/query-client.ts';
import { useUpdateUser } from '../../../api/users/update-user.ts';

interface RoleSelectProps {
  user: UserSummary;
  onChanged(message: string): void;
}

/**
 * A user's role, saved as soon as it is chosen. While saving it shows the choice; if the server
 * refuses (the last admin), the saved role comes back and the server's reason is shown.
 */
export function RoleSelect({ user, onChanged }: RoleSelectProps) {
  const id = useId();
  const [pending, setPending] = useState<Role | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateUser();

  function choose(role: Role) {
    setPending(role);
    setProblem(null);
    update.mutate(
      { username: user.username, changes: { role } },
      {
        onSuccess: () => onChanged(`${user.username} is now ${role}.`),
        onError: (error) => setProblem(errorMessage(error)),
        onSettled: () => setPending(null),
      },
    );
  }

  return (
    <div className="role-select">
      <label htmlFor={id} className="visually-hidden">
        Role of {user.username}
      </label>
      <select
        id={id}
        value={pending ?? user.role}
        aria-busy={update.isPending}
        aria-invalid={problem !== null}
        aria-errormessage={problem ? `${id}-problem` : undefined}
        onChange={(e) => choose(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
