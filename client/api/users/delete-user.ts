import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterUserChange } from './user-cache.ts';

export async function deleteUser(username: string): Promise<void> {
  await apiRequest<void>(`/api/users/${encodeURIComponent(username)}`, { method: 'DELETE' });
}

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUser,
    // The confirm dialog shows the server's reason (e.g. the last admin).
    meta: { errorNotice: false },
    onSuccess: (_nothing, username) =>
      refreshAfterUserChange(queryClient, { kind: 'deleted', username }),
  });
}
