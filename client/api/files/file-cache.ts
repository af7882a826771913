import type { QueryClient } from '@tanstack/react-query';
import type { FileDetails } from '../../../common/file-details.ts';
import { catalogKeys } from '../catalog/catalog-keys.ts';
import { folderKeys } from '../folders/folder-keys.ts';
import { historyKeys } from '../history/history-keys.ts';
import { tagKeys } from '../tags/tag-keys.ts';
import { fileKeys } from './file-keys.ts';

export type FileChange =
  /** One file as the server now has it: saved here, or someone else's newer version. */
  | { file: FileDetails }
  /** Files changed elsewhere (a bulk run); their new versions are not known here. */
  | { fileIds: readonly string[] }
  /** Files changed by a query-form bulk run: which ones is not known here. */
  | { manyFiles: true }
  /** Files new to the library (uploads), as the server answered them. */
  | { added: readonly FileDetails[] };

/**
 * The one place that knows what a change to files makes stale: grids show tags and region
 * badges, editors show the file and its history, tag suggestions and the Tags page count tags,
 * and the folder tree and the coverage line count files that need tags or a region.
 */
export function refreshAfterFileChange(queryClient: QueryClient, change: FileChange): void {
  if ('file' in change) {
    queryClient.setQueryData(fileKeys.detail(change.file.fileId), change.file);
    void queryClient.invalidateQueries({ queryKey: historyKeys.file(change.file.fileId) });
  } else if ('added' in change) {
    for (const file of change.added) queryClient.setQueryData(fileKeys.detail(file.fileId), file);
  } else if ('fileIds' in change) {
    const changed = new Set(change.fileIds);
    const touched = ({ queryKey }: { queryKey: readonly unknown[] }) =>
      changed.has(String(queryKey.at(-1)));
    void queryClient.invalidateQueries({ queryKey: fileKeys.details(), predicate: touched });
    void queryClient.invalidateQueries({ queryKey: historyKeys.all, predicate: touched });
  } else {
    void queryClient.invalidateQueries({ queryKey: fileKeys.details() });
    void queryClient.invalidateQueries({ queryKey: historyKeys.all });
  }
  void queryClient.invalidateQueries({ queryKey: fileKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: tagKeys.all });
  void queryClient.invalidateQueries({ queryKey: folderKeys.all });
  void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
}
