import { Link, Outlet, useNavigate } from 'react-router';
import { UserMenu } from '../features/session/components/user-menu.tsx';
import { paths } from '../lib/paths.ts';

export function AppLayout() {
  const navigate = useNavigate();
  return (
    <div className="app-shell">
      <header className="app-header">
        <Link to={paths.library} className="app-header__brand">
          tagcrop
        </Link>
        <UserMenu onSignedOut={() => void navigate(paths.signIn, { replace: true })} />
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
