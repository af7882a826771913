import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session/get-session.ts';
import { paths } from '../lib/paths.ts';
import { Loading, LoadFailed } from '../components/load-states.tsx';

export interface FromState {
  from: string;
}

/** Renders its children for a signed-in user; anyone else goes to sign in and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const session = useSession();

  if (session.isPending) {
    return <Loading>Checking your session…</Loading>;
  }
  if (session.isError) {
    return (
      <LoadFailed message="Could not reach the server." onRetry={() => void session.refetch()} />
    );
  }
  if (session.data === null) {
    const state: FromState = { from: location.pathname + location.search + location.hash };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  return children;
}
