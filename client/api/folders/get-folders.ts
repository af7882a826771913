import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FolderCounts } from '../../../common/api/catalog.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { folderKeys } from './folder-keys.ts';

export type { FolderCounts };

/** Every folder of the catalog with its counts. */
export async function getFolders(signal?: AbortSignal): Promise<FolderCounts[]> {
  const answer = await apiRequest<{ folders: FolderCounts[] }>('/api/folders', { signal });
  return answer.folders;
}

export const foldersQueryOptions = () =>
  queryOptions({
    queryKey: folderKeys.all,
    // The library works without them; the panel that shows them says when they failed.
    meta: { errorNotice: false },
    queryFn: ({ signal }) => getFolders(signal),
  });

export function useFolders() {
  return useQuery(foldersQueryOptions());
}
