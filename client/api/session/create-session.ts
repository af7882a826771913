import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo, SignIn } from '../../../common/api/session.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { rememberSession } from './session-cache.ts';

/** Signs in; the server sets the session cookie and hands us the CSRF token. */
export function createSession(credentials: SignIn): Promise<SessionInfo> {
  return apiRequest<SessionInfo>('/api/session', { method: 'POST', body: credentials });
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    // The form shows bad-credential and rate-limit messages itself.
    meta: { errorNotice: false },
    onSuccess: (session) => rememberSession(queryClient, session),
  });
}
