import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../common/api/session.ts';
import { apiRequest, isApiError, setCsrfToken } from '../../lib/api-client.ts';
import { sessionKeys } from './session-keys.ts';

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await apiRequest<SessionInfo>('/api/session', { signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: ({ signal }) => getSession(signal),
    staleTime: Infinity,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
