import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo, SignIn } from '../../../../common/api/session.ts';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionKeys } from './session-keys.ts';

/** Signs in; the server sets the session cookie and hands us the CSRF token. */
export async function createSession(credentials: SignIn): Promise<SessionInfo> {
  const session = await apiRequest<SessionInfo>('/api/session', {
    method: 'POST',
    body: credentials,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    // The form shows bad-credential and rate-limit messages itself.
    meta: { errorNotice: false },
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
