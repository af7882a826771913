import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateDetails } from '../../../../common/api/update-details.ts';
import type { FileDetails } from '../../../../common/file-details.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './file-keys.ts';

/** Sends only the changed fields; answers the file as ImageKit now has it. */
export function updateDetails(fileId: string, changes: UpdateDetails): Promise<FileDetails> {
  return apiRequest<FileDetails>(`/api/files/${encodeURIComponent(fileId)}/details`, {
    method: 'PATCH',
    body: changes,
  });
}

export function useUpdateDetails(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateDetails) => updateDetails(fileId, changes),
    // The save bar shows the outcome (with ImageKit's own message) next to the user's edits.
    meta: { errorNotice: false },
    onSuccess: (updated) => queryClient.setQueryData(fileKeys.detail(fileId), updated),
  });
}
