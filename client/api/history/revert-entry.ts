import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RevertAnswer } from '../../../common/api/history.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterRevert } from './history-cache.ts';

/** Restores what one journal entry changed, as a new change; 409 when something is in the way. */
export function revertEntry(entryId: number): Promise<RevertAnswer> {
  return apiRequest<RevertAnswer>(`/api/history/${entryId}/revert`, { method: 'POST' });
}

export function useRevertEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revertEntry,
    // The entry (or the toast) that asked shows why a revert was refused.
    meta: { errorNotice: false },
    onSuccess: (answer) => refreshAfterRevert(queryClient, answer),
  });
}
