import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { forgetSession } from './session-cache.ts';

export async function deleteSession(): Promise<void> {
  await apiRequest<void>('/api/session', { method: 'DELETE' });
}

export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    // Whatever the server said, this browser forgets the user and everything it loaded for them.
    onSettled: () => forgetSession(queryClient, { keepLoadedData: false }),
  });
}
