import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateUserSchema, UserSummary } from '../../../common/api/users.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterUserChange } from './user-cache.ts';

export type UpdateUser = z.infer<typeof UpdateUserSchema>;

export interface UserUpdate {
  username: string;
  changes: UpdateUser;
}

/** A new role and/or password; a new password ends every session of that user. */
export function updateUser({ username, changes }: UserUpdate): Promise<UserSummary> {
  return apiRequest<UserSummary>(`/api/users/${encodeURIComponent(username)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // The row or dialog that asked shows the server's reason (e.g. the last admin).
    meta: { errorNotice: false },
    onSuccess: (user) => refreshAfterUserChange(queryClient, { kind: 'updated', user }),
  });
}
