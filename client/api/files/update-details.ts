import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IF_MATCH_HEADER, versionTag } from '../../../common/api/error-envelope.ts';
import type { UpdateDetails } from '../../../common/api/update-details.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterFileChange } from './file-cache.ts';

export interface DetailsSave {
  changes: UpdateDetails;
  /** `updatedAt` of the version the changes were made on; a newer one makes the server answer 412. */
  basedOn: string;
}

/** Sends only the changed fields; answers the file as ImageKit now has it. */
export function updateDetails(
  fileId: string,
  { changes, basedOn }: DetailsSave,
): Promise<FileDetails> {
  return apiRequest<FileDetails>(`/api/files/${encodeURIComponent(fileId)}/details`, {
    method: 'PATCH',
    body: changes,
    headers: { [IF_MATCH_HEADER]: versionTag(basedOn) },
  });
}

export function useUpdateDetails(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: DetailsSave) => updateDetails(fileId, save),
    // The save bar shows the outcome (with ImageKit's own message) next to the user's edits.
    meta: { errorNotice: false },
    onSuccess: (updated) => refreshAfterFileChange(queryClient, { file: updated }),
  });
}
