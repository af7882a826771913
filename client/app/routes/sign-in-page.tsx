import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../api/session/get-session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { SignInForm } from '../../features/session/components/sign-in-form.tsx';
import { returnPath } from '../return-path.ts';

export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const target = returnPath(location.state);
  usePageTitle('Sign in');

  if (session.data) return <Navigate to={target} replace />;

  return (
    <main className="sign-in-page">
      <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />
    </main>
  );
}
