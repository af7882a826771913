import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterUserChange } from './user-cache.ts';

/** Ends every session of `username`; answers how many there were. */
export async function signOutUserEverywhere(username: string): Promise<number> {
  const answer = await apiRequest<{ endedSessions: number }>(
    `/api/users/${encodeURIComponent(username)}/sign-out-everywhere`,
    { method: 'POST' },
  );
  return answer.endedSessions;
}

export function useSignOutUserEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutUserEverywhere,
    onSuccess: (_ended, username) =>
      refreshAfterUserChange(queryClient, { kind: 'signedOut', username }),
  });
}
