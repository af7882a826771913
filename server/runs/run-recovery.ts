import type { FileDetails } from '../../common/file-details.ts';
import { readBack } from '../files/read-back.ts';
import { stateOf } from '../journal/file-state.ts';
import { settleEntry } from '../journal/journal-store.ts';
import type { ChunkDeps } from './run-chunk.ts';
import type { RunFile } from './run-progress.ts';

const shows = (file: FileDetails, change: RunFile) =>
  change.add.every((tag) => (file.tags ?? []).includes(tag)) &&
  change.remove.every((tag) => !(file.tags ?? []).includes(tag));

const STOPPED = 'The server stopped while this change was on its way';

/**
 * Files a run had sent when the server stopped: each is read back. One that shows the change is
 * settled as made (and is not sent again); one that does not goes back in line, keeping its
 * pending journal entry; one that cannot be read is reported unknown.
 */
export async function recoverInFlight(
  deps: ChunkDeps,
  runId: string,
  files: RunFile[],
): Promise<void> {
  if (files.length === 0) return;
  await deps.locks.withFiles(
    files.map((file) => file.fileId),
    async () => {
      const seen = await Promise.all(files.map((file) => readBack(deps.get, file.fileId)));
      await deps.db.transaction().execute(async (trx) => {
        for (const [i, file] of files.entries()) {
          const found = seen[i];
          const progress = trx
            .updateTable('run_files')
            .where('run_id', '=', runId)
            .where('position', '=', file.position);
          if (found && !shows(found, file)) {
            await progress.set({ state: 'pending' }).execute();
            continue;
          }
          const message = found
            ? `${STOPPED}; reading the file back showed it was made.`
            : `${STOPPED}, and the file could not be read back.`;
          await settleEntry(trx, file.entryId!, {
            status: found ? 'applied' : 'unknown',
            ...(found ? { after: stateOf(found) } : {}),
            message,
          });
          await progress
            .set({ state: found ? 'applied' : 'unknown', message: found ? null : message })
            .execute();
        }
      });
      const made = seen.filter((file): file is FileDetails => file !== null);
      await deps.catalog.store.upsert(made, { fresh: true });
    },
  );
}
