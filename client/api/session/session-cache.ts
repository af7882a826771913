import type { QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../common/api/session.ts';
import { setCsrfToken } from '../../lib/api-client.ts';
import { sessionKeys } from './session-keys.ts';

/** This browser now acts as the session's user; its CSRF token goes with every mutating call. */
export function rememberSession(queryClient: QueryClient, session: SessionInfo): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionKeys.current(), session);
}

/**
 * This browser is no longer signed in; the session guard sends the user to sign in. Signing out
 * also forgets everything loaded for the user; a session that lapsed (any 401) keeps it, as the
 * user is only asked to sign in again.
 */
export function forgetSession(
  queryClient: QueryClient,
  { keepLoadedData }: { keepLoadedData: boolean },
): void {
  setCsrfToken(null);
  if (!keepLoadedData) queryClient.removeQueries();
  queryClient.setQueryData(sessionKeys.current(), null);
}

/** The signed-in user's account was changed elsewhere (a new role or password): ask again. */
export function refreshSession(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
}
