import type { Selectable } from 'kysely';
import type { RunDetails, RunKind, RunStatus, RunSummary } from '../../common/api/runs.ts';
import type { Db } from '../db/database.ts';
import type { RunsTable } from '../db/schema.ts';
import { createRunProgress, type FileChange } from './run-progress.ts';

export interface NewRun {
  id: string;
  kind: RunKind;
  user: string;
  change: { add: string[]; remove: string[] } | null;
  tag: { from: string; to: string | null } | null;
  undoOf: string | null;
  files: FileChange[];
}

// Rows per insert: 8 columns each stays far below SQLite's and PostgreSQL's parameter limits.
const INSERT_BATCH = 500;

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

function summaryFromRow(row: Selectable<RunsTable>): RunSummary {
  const updated = Number(row.updated);
  const failed = Number(row.failed);
  const notSent = Number(row.not_sent);
  return {
    id: row.id,
    kind: row.kind,
    user: row.user_name,
    at: iso(row.created_at)!,
    finishedAt: iso(row.finished_at),
    status: row.status,
    change: row.change_json === null ? null : JSON.parse(row.change_json),
    tag: row.tag_json === null ? null : JSON.parse(row.tag_json),
    total: Number(row.total),
    done: updated + failed + notSent,
    updated,
    failed,
    notSent,
    stopReason: row.stop_reason,
    undoneBy: row.undone_by,
    undoOf: row.undo_of,
  };
}

/** Runs and their files' progress, persisted after every chunk so a restart knows exactly. */
export function createRunsStore(db: Db, now: () => number = Date.now) {
  const files = (runId: string) => db.selectFrom('run_files').where('run_id', '=', runId);

  async function summary(runId: string): Promise<RunSummary | undefined> {
    const row = await db.selectFrom('runs').selectAll().where('id', '=', runId).executeTakeFirst();
    return row && summaryFromRow(row);
  }

  return {
    ...createRunProgress(db),
    summary,

    /**
     * Stores a run and its files. An undo marks the run it undoes in the same transaction, and
     * only if nobody did first: false then, and nothing is stored (two clicks, one undo).
     */
    async create(run: NewRun): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        if (run.undoOf !== null) {
          const claimed = await trx
            .updateTable('runs')
            .set({ undone_by: run.id })
            .where('id', '=', run.undoOf)
            .where('undone_by', 'is', null)
            .executeTakeFirst();
          if (Number(claimed.numUpdatedRows) !== 1) return false;
        }
        await trx
          .insertInto('runs')
          .values({
            id: run.id,
            kind: run.kind,
            user_name: run.user,
            created_at: now(),
            finished_at: null,
            status: 'running',
            change_json: run.change && JSON.stringify(run.change),
            tag_json: run.tag && JSON.stringify(run.tag),
            total: run.files.length,
            stop_reason: null,
            undone_by: null,
            undo_of: run.undoOf,
          })
          .execute();
        for (let i = 0; i < run.files.length; i += INSERT_BATCH) {
          const rows = run.files.slice(i, i + INSERT_BATCH).map((file, j) => ({
            run_id: run.id,
            position: i + j,
            file_id: file.fileId,
            add_json: JSON.stringify(file.add),
            remove_json: JSON.stringify(file.remove),
            state: 'pending' as const,
            message: null,
            entry_id: null,
          }));
          await trx.insertInto('run_files').values(rows).execute();
        }
        return true;
      });
    },

    /** Newest first. */
    async list(limit = 100): Promise<RunSummary[]> {
      const rows = await db
        .selectFrom('runs')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(summaryFromRow);
    },

    async details(runId: string): Promise<RunDetails | undefined> {
      const run = await summary(runId);
      if (!run) return undefined;
      const rows = await files(runId)
        .select(['file_id', 'state', 'message'])
        .where('state', 'in', ['failed', 'unknown', 'skipped'])
        .orderBy('position')
        .execute();
      return {
        ...run,
        failures: rows
          .filter((row) => row.state !== 'skipped')
          .map((row) => ({ fileId: row.file_id, message: row.message ?? 'Failed.' })),
        notSentIds: rows.filter((row) => row.state === 'skipped').map((row) => row.file_id),
      };
    },

    async finish(runId: string, status: RunStatus, stopReason: string | null = null) {
      await db
        .updateTable('runs')
        .set({ status, stop_reason: stopReason, finished_at: now() })
        .where('id', '=', runId)
        .execute();
    },

    async requestCancel(runId: string): Promise<void> {
      await db.updateTable('runs').set({ cancel_requested: 1 }).where('id', '=', runId).execute();
    },

    async isCancelRequested(runId: string): Promise<boolean> {
      const row = await db
        .selectFrom('runs')
        .select('cancel_requested')
        .where('id', '=', runId)
        .executeTakeFirst();
      return Number(row?.cancel_requested ?? 0) === 1;
    },

    /** Runs that were going when the server last stopped. */
    async unfinished(): Promise<string[]> {
      const rows = await db
        .selectFrom('runs')
        .select('id')
        .where('status', '=', 'running')
        .orderBy('created_at')
        .execute();
      return rows.map((row) => row.id);
    },
  };
}

export type RunsStore = ReturnType<typeof createRunsStore>;
