import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../features/session/api/get-session.ts';
import { paths } from '../lib/paths.ts';

export interface FromState {
  from: string;
}

/** Renders its children for a signed-in user; anyone else goes to sign in and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();

  if (session.isPending) {
    return (
      <p className="state" role="status">
        Checking your session…
      </p>
    );
  }
  if (session.isError) {
    return (
      <div className="state state--error" role="alert">
        <p>Could not reach the server.</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (session.data === null) {
    const state: FromState = { from: location.pathname + location.search + location.hash };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  return children;
}
