import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';
import { errorMessage } from '../../lib/query-client.ts';
import { currentFileQueryOptions } from '../../api/files/get-file.ts';
import { refreshAfterFileChange } from '../../api/files/file-cache.ts';

/** Someone else saved the file after the version the user's draft is based on. */
export interface EditConflict {
  /** How it came to light: a save the server refused, or a kept draft on an older version. */
  reason: 'save' | 'restore';
  /** The file as it is now; null while it loads or when loading it failed. */
  theirs: FileDetails | null;
  loadError: string | null;
}

/** The open conflict, if any, and loading the other person's version of the file for it. */
export function useEditConflict(fileId: string, theirsAtStart: FileDetails | null) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<EditConflict | null>(
    theirsAtStart && { reason: 'restore', theirs: theirsAtStart, loadError: null },
  );

  function loadTheirs(reason: EditConflict['reason']) {
    setConflict({ reason, theirs: null, loadError: null });
    queryClient.fetchQuery(currentFileQueryOptions(fileId)).then(
      (theirs) => {
        refreshAfterFileChange(queryClient, { file: theirs });
        setConflict((open) => open && { ...open, theirs });
      },
      (error: unknown) =>
        setConflict((open) => open && { ...open, loadError: errorMessage(error) }),
    );
  }

  return {
    conflict,
    /** The server refused a save as made on an old version: find out what changed. */
    open: () => loadTheirs('save'),
    retry: () => loadTheirs(conflict?.reason ?? 'save'),
    close: () => setConflict(null),
  };
}
