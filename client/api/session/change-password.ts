import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionInfo } from '../../../common/api/session.ts';
import type { ChangePasswordSchema } from '../../../common/api/users.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { rememberSession } from './session-cache.ts';

export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

/**
 * Changes the signed-in user's password. Every other session ends; this one is replaced by a
 * fresh session with a new CSRF token.
 */
export function changePassword(change: ChangePassword): Promise<SessionInfo> {
  return apiRequest<SessionInfo>('/api/session/password', { method: 'PUT', body: change });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The dialog shows "The current password is wrong." next to the fields.
    meta: { errorNotice: false },
    onSuccess: (session) => rememberSession(queryClient, session),
  });
}
