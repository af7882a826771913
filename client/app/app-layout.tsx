import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { roleAtLeast } from '../../common/roles.ts';
import { useSession } from '../api/session/get-session.ts';
import { UndoToast } from '../features/history/components/undo-toast.tsx';
import { UserMenu } from '../features/session/components/user-menu.tsx';
import { paths } from '../lib/paths.ts';

export function AppLayout() {
  const navigate = useNavigate();
  const { data: session } = useSession();
  const isAdmin = session ? roleAtLeast(session.user.role, 'admin') : false;
  return (
    <div className="app-shell">
      <header className="app-header">
        <nav className="app-header__nav" aria-label="Main">
          <Link to={paths.library} className="app-header__brand">
            tagcrop
          </Link>
          <NavLink to={paths.library} end className="app-header__link">
            Library
          </NavLink>
          <NavLink to={paths.tags} className="app-header__link">
            Tags
          </NavLink>
          <NavLink to={paths.activity} className="app-header__link">
            Activity
          </NavLink>
          {isAdmin && (
            <NavLink to={paths.users} className="app-header__link">
              Users
            </NavLink>
          )}
        </nav>
        <UndoToast />
        <UserMenu onSignedOut={() => void navigate(paths.signIn, { replace: true })} />
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
