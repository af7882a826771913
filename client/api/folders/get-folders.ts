import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { folderKeys } from './folder-keys.ts';

/** One folder with counts that include every folder below it. */
export interface FolderCounts {
  path: string;
  files: number;
  untagged: number;
  noRegion: number;
}

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
