import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../api/session/get-session.ts';
import { UsersAdmin } from '../../features/users/components/users-admin.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** `/admin/users`: user management for admins; anyone else is told why they cannot use it. */
export function UsersPage() {
  const { data: session } = useSession();
  usePageTitle('Users');
  if (!session || !roleAtLeast(session.user.role, 'admin')) {
    return (
      <section className="state">
        <h1>Users</h1>
        <p>Managing users needs the admin role. Ask an admin if you need an account changed.</p>
      </section>
    );
  }
  return <UsersAdmin currentUsername={session.user.username} />;
}
