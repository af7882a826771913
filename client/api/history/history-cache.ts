import type { QueryClient } from '@tanstack/react-query';
import type { RevertAnswer } from '../../../common/api/history.ts';
import { refreshAfterFileChange } from '../files/file-cache.ts';

/** A revert is a change to its file: the file as it is now, and everything the change makes stale. */
export function refreshAfterRevert(queryClient: QueryClient, answer: RevertAnswer): void {
  refreshAfterFileChange(queryClient, { file: answer.file });
}
