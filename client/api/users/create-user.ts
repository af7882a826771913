import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateUserSchema, UserSummary } from '../../../common/api/users.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterUserChange } from './user-cache.ts';

export type CreateUser = z.infer<typeof CreateUserSchema>;

export function createUser(user: CreateUser): Promise<UserSummary> {
  return apiRequest<UserSummary>('/api/users', { method: 'POST', body: user });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    // The form shows the server's reason (name taken, password too short) next to the fields.
    meta: { errorNotice: false },
    onSuccess: (user) => refreshAfterUserChange(queryClient, { kind: 'added', user }),
  });
}
