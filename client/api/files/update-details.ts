import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IF_MATCH_HEADER } from '../../../common/api/error-envelope.ts';
import { JOURNAL_ENTRY_HEADER } from '../../../common/api/history.ts';
import type { UpdateDetails } from '../../../common/api/update-details.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { refreshAfterFileChange } from './file-cache.ts';

export interface DetailsSave {
  changes: UpdateDetails;
  /** The ETag of the version the changes were made on; a newer one makes the server answer 412. */
  basedOn: string;
}

export interface SavedDetails {
  file: FileDetails;
  /** The journal entry that recorded the save, for Undo (null if the server named none). */
  entryId: number | null;
}

/** Sends only the changed fields; answers the file as ImageKit now has it. */
export async function updateDetails(
  fileId: string,
  { changes, basedOn }: DetailsSave,
): Promise<SavedDetails> {
  let entryId: number | null = null;
  const file = await apiRequest<FileDetails>(`/api/files/${encodeURIComponent(fileId)}/details`, {
    method: 'PATCH',
    body: changes,
    headers: { [IF_MATCH_HEADER]: basedOn },
    onHeaders: (headers) => {
      const entry = Number(headers.get(JOURNAL_ENTRY_HEADER));
      entryId = Number.isInteger(entry) && entry > 0 ? entry : null;
    },
  });
  return { file, entryId };
}

export function useUpdateDetails(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: DetailsSave) => updateDetails(fileId, save),
    // The save bar shows the outcome (with ImageKit's own message) next to the user's edits.
    meta: { errorNotice: false },
    onSuccess: (saved) => refreshAfterFileChange(queryClient, { file: saved.file }),
  });
}
