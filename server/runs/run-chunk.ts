import type { FileState, JournalAction } from '../../common/api/history.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import type { Db } from '../db/database.ts';
import type { FileLocks } from '../files/file-locks.ts';
import { readBack } from '../files/read-back.ts';
import { FILE_MISSING_MESSAGE } from '../imagekit/imagekit-gateway.ts';
import { stateOf, withTagDelta } from '../journal/file-state.ts';
import { insertEntry, settleEntry } from '../journal/journal-store.ts';
import { applyGroup, catalogDeltas, type Settled } from './chunk-outcome.ts';
import type { RunFile } from './run-progress.ts';
import type { StepDeps } from './send-tags.ts';

export interface ChunkDeps extends StepDeps {
  db: Db;
  catalog: Catalog;
  locks: FileLocks;
  now?: () => number;
}

export interface ChunkRun {
  id: string;
  user: string;
  action: JournalAction;
}

/** How a chunk went: the run stops when ImageKit changes nothing chunk after chunk. */
export interface ChunkOutcome {
  applied: number;
  failed: number;
  firstFailure: string | null;
}

/**
 * Each file's state before the change: the catalog's copy, which every change tagcrop makes
 * writes through under these same locks; ImageKit's, for a file the catalog does not have yet.
 */
async function statesBefore(deps: ChunkDeps, files: RunFile[]) {
  const known = await deps.catalog.queries.findFiles(files.map((file) => file.fileId));
  const states = new Map<string, FileState | null>();
  for (const { fileId } of files) {
    const file = known.get(fileId) ?? (await readBack(deps.get, fileId));
    states.set(fileId, file && stateOf(file));
  }
  return states;
}

/**
 * Journals each file's intent (before, and the state asked for) and marks it sent, in one
 * transaction: after a crash, a sent file has a pending entry that says what to look for.
 */
async function markSent(
  deps: ChunkDeps,
  run: ChunkRun,
  files: RunFile[],
  before: Map<string, FileState | null>,
): Promise<Map<number, number>> {
  const entries = new Map<number, number>();
  const now = deps.now ?? Date.now;
  await deps.db.transaction().execute(async (trx) => {
    for (const file of files) {
      const progress = trx
        .updateTable('run_files')
        .where('run_id', '=', run.id)
        .where('position', '=', file.position);
      const state = before.get(file.fileId);
      if (!state) {
        await progress.set({ state: 'failed', message: FILE_MISSING_MESSAGE }).execute();
        continue;
      }
      const intent = { before: state, after: withTagDelta(state, file) };
      // Sent before a restart and found unchanged: its pending entry is used again.
      const entryId =
        file.entryId ??
        (await insertEntry(
          trx,
          { fileId: file.fileId, user: run.user, action: run.action, runId: run.id, ...intent },
          'pending',
          now(),
        ));
      if (file.entryId !== null) {
        await trx
          .updateTable('journal_entries')
          .set({
            before_state: JSON.stringify(intent.before),
            after_state: JSON.stringify(intent.after),
          })
          .where('id', '=', entryId)
          .execute();
      }
      entries.set(file.position, entryId);
      await progress.set({ state: 'sent', entry_id: entryId }).execute();
    }
  });
  return entries;
}

async function settleAll(
  deps: ChunkDeps,
  runId: string,
  entries: Map<number, number>,
  settled: Map<number, Settled>,
) {
  await deps.db.transaction().execute(async (trx) => {
    for (const [position, outcome] of settled) {
      await settleEntry(trx, entries.get(position)!, {
        status: outcome.status,
        after: outcome.after ?? undefined,
        requestId: outcome.requestId,
        message: outcome.message,
      });
      await trx
        .updateTable('run_files')
        .set({
          state: outcome.state,
          message: outcome.state === 'applied' ? null : outcome.message,
        })
        .where('run_id', '=', runId)
        .where('position', '=', position)
        .execute();
    }
  });
}

/**
 * Changes one chunk of a run's files while holding their locks (so saves and other runs queue
 * behind it): journals the intents, makes the ImageKit calls (one per distinct change), settles
 * entries and progress together, then brings the catalog in step.
 */
export async function runChunk(
  deps: ChunkDeps,
  run: ChunkRun,
  files: RunFile[],
): Promise<ChunkOutcome> {
  return deps.locks.withFiles(
    files.map((file) => file.fileId),
    async () => {
      const before = await statesBefore(deps, files);
      const entries = await markSent(deps, run, files, before);
      const sent = files.filter((file) => entries.has(file.position));
      const groups = new Map<string, RunFile[]>();
      for (const file of sent) {
        const key = JSON.stringify([file.add, file.remove]);
        groups.set(key, [...(groups.get(key) ?? []), file]);
      }
      const settled = new Map<number, Settled>();
      for (const group of groups.values()) {
        for (const [position, outcome] of await applyGroup(deps, group, before)) {
          settled.set(position, outcome);
        }
      }
      await settleAll(deps, run.id, entries, settled);
      for (const { ids, add, remove } of catalogDeltas(sent, settled, before)) {
        await deps.catalog.store.applyTagDelta(ids, { add, remove });
      }
      const gone = sent.filter((file) => settled.get(file.position)?.missing);
      if (gone.length > 0) await deps.catalog.store.remove(gone.map((file) => file.fileId));

      const failures = [...settled.values()].filter((outcome) => outcome.state !== 'applied');
      const missing = files.length - sent.length;
      return {
        applied: settled.size - failures.length,
        failed: failures.length + missing,
        firstFailure: failures[0]?.message ?? (missing > 0 ? FILE_MISSING_MESSAGE : null),
      };
    },
  );
}
