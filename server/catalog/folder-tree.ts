import type { FolderCounts } from '../../common/api/catalog.ts';
import { folderAncestors } from '../../common/folder-path.ts';

/**
 * Per-folder counts of the files directly in each folder, rolled up so that every folder (and
 * every folder above one, even without files of its own) counts itself and all below it: what
 * a folder tree shows next to each node. Sorted by path, so a parent comes before its children.
 */
export function rollUpFolders(direct: readonly FolderCounts[]): FolderCounts[] {
  const totals = new Map<string, FolderCounts>();
  for (const row of direct) {
    for (const path of folderAncestors(row.path)) {
      const entry = totals.get(path) ?? { path, files: 0, untagged: 0, noRegion: 0 };
      entry.files += row.files;
      entry.untagged += row.untagged;
      entry.noRegion += row.noRegion;
      totals.set(path, entry);
    }
  }
  return [...totals.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
