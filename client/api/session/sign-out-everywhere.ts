import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { forgetSession } from './session-cache.ts';

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhere(): Promise<void> {
  await apiRequest<void>('/api/session/sign-out-everywhere', { method: 'POST' });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    // The confirm dialog shows why it failed; the user is still signed in then.
    meta: { errorNotice: false },
    onSuccess: () => forgetSession(queryClient, { keepLoadedData: false }),
  });
}
