import type { FileDetails } from '../../common/file-details.ts';
import type { FileLocks } from '../files/file-locks.ts';
import { readBack } from '../files/read-back.ts';
import { sameState, stateOf } from './file-state.ts';
import type { Journal } from './journal-store.ts';

const STOPPED = 'The server stopped while this change was on its way';

/**
 * Single changes (saves, reverts) whose call was on its way when the server stopped: each file
 * is read back, and the entry settled as made when the file shows what it asked for. On a
 * shared database the entries of a live instance are pending too; they are settled by the time
 * their file's lock is free, and are left alone.
 */
export async function settlePendingSaves(
  journal: Journal,
  locks: FileLocks,
  get: (fileId: string) => Promise<FileDetails>,
): Promise<number> {
  const pending = await journal.pendingSingles();
  for (const entry of pending) {
    if (entry.fileId === null) continue;
    const fileId = entry.fileId;
    await locks.withFiles([fileId], async () => {
      // Another instance's save holds the file's lock until it has settled its own entry.
      if ((await journal.entry(entry.id))?.status !== 'pending') return;
      const file = await readBack(get, fileId);
      const state = file && stateOf(file);
      const made = state !== null && entry.after !== null && sameState(state, entry.after);
      const untouched = state !== null && entry.before !== null && sameState(state, entry.before);
      await journal.settle(entry.id, {
        status: made ? 'applied' : untouched ? 'failed' : 'unknown',
        ...(made ? { after: state } : {}),
        message: made
          ? `${STOPPED}; reading the file back showed it was made.`
          : untouched
            ? `${STOPPED}; reading the file back showed it was not made.`
            : `${STOPPED}, and reading the file back could not tell.`,
      });
    });
  }
  return pending.length;
}
