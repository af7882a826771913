import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { RunFileState, RunFilesTable } from '../db/schema.ts';

/** What one file of a run gets: tags added, then tags removed. */
export interface FileChange {
  fileId: string;
  add: string[];
  remove: string[];
}

/** One file of a run, where it stands. */
export interface RunFile extends FileChange {
  position: number;
  state: RunFileState;
  entryId: number | null;
}

const fileFromRow = (row: Selectable<RunFilesTable>): RunFile => ({
  position: Number(row.position),
  fileId: row.file_id,
  add: JSON.parse(row.add_json) as string[],
  remove: JSON.parse(row.remove_json) as string[],
  state: row.state,
  entryId: row.entry_id === null ? null : Number(row.entry_id),
});

/** Each file's progress through a run: what to send next, what was on its way, the counts. */
export function createRunProgress(db: Db) {
  const files = (runId: string) => db.selectFrom('run_files').where('run_id', '=', runId);

  return {
    /** The next files to send, in order. */
    async next(runId: string, limit: number): Promise<RunFile[]> {
      const rows = await files(runId)
        .selectAll()
        .where('state', '=', 'pending')
        .orderBy('position')
        .limit(limit)
        .execute();
      return rows.map(fileFromRow);
    },

    /** Files whose call may have reached ImageKit when the server stopped. */
    async inFlight(runId: string): Promise<RunFile[]> {
      const rows = await files(runId)
        .selectAll()
        .where('state', '=', 'sent')
        .orderBy('position')
        .execute();
      return rows.map(fileFromRow);
    },

    /** Every file's outcome, in order (tests and reports compare it with the journal). */
    async outcomes(runId: string) {
      return files(runId)
        .select(['position', 'file_id', 'state', 'message', 'entry_id'])
        .orderBy('position')
        .execute();
    },

    /** Leaves every file not yet sent alone, saying why. */
    async skipRest(runId: string, message: string): Promise<void> {
      await db
        .updateTable('run_files')
        .set({ state: 'skipped', message })
        .where('run_id', '=', runId)
        .where('state', '=', 'pending')
        .execute();
    },

    /** Counts each outcome again from the files: the summary is never out of step with them. */
    async recount(runId: string): Promise<void> {
      const rows = await files(runId)
        .select(['state', sql<number>`count(*)`.as('n')])
        .groupBy('state')
        .execute();
      const count = (...states: RunFileState[]) =>
        rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + Number(r.n), 0);
      await db
        .updateTable('runs')
        .set({
          updated: count('applied'),
          failed: count('failed', 'unknown'),
          not_sent: count('skipped'),
        })
        .where('id', '=', runId)
        .execute();
    },
  };
}
