import type { HistoryEntry } from '../../common/api/history.ts';
import type { FileChange } from './run-progress.ts';

/**
 * What undoing a run does to each file, from the journal: the tags the run added to that file
 * come off, the ones it removed go back. A tag a file had before the run is not in its "added",
 * so it stays. Files the run did not change are left out.
 */
export function undoChanges(entries: readonly HistoryEntry[]): FileChange[] {
  const changes: FileChange[] = [];
  for (const entry of entries) {
    if (entry.fileId === null || !entry.before || !entry.after) continue;
    const { before, after } = entry;
    const added = after.tags.filter((tag) => !before.tags.includes(tag));
    const removed = before.tags.filter((tag) => !after.tags.includes(tag));
    if (added.length + removed.length === 0) continue;
    changes.push({ fileId: entry.fileId, add: removed, remove: added });
  }
  return changes;
}
