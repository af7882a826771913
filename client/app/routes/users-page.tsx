import { useQueryClient } from '@tanstack/react-query';
import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../features/session/api/get-session.ts';
import { sessionKeys } from '../../features/session/api/session-keys.ts';
import { UsersAdmin } from '../../features/users/components/users-admin.tsx';

/** `/admin/users`: user management for admins; anyone else is told why they cannot use it. */
export function UsersPage() {
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  if (!session || !roleAtLeast(session.user.role, 'admin')) {
    return (
      <section className="state">
        <h1>Users</h1>
        <p>Managing users needs the admin role. Ask an admin if you need an account changed.</p>
      </section>
    );
  }
  const me = session.user.username;
  return (
    <UsersAdmin
      currentUsername={me}
      // An admin who changes their own role or password: the session knows better now.
      onUserChanged={(username) => {
        if (username === me) void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
      }}
    />
  );
}
