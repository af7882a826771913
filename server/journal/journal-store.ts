import type { Kysely, Selectable } from 'kysely';
import type {
  EntryStatus,
  FileState,
  HistoryEntry,
  JournalAction,
} from '../../common/api/history.ts';
import type { Db } from '../db/database.ts';
import type { JournalEntriesTable, Schema } from '../db/schema.ts';

/** A change about to be made (or made): who, what, and the file's state on both sides. */
export interface NewEntry {
  fileId: string | null;
  user: string;
  action: JournalAction;
  before: FileState | null;
  /** What the change asks for; replaced by what ImageKit reports once it answers. */
  after: FileState | null;
  runId?: string | null;
  revertOf?: number | null;
  requestId?: string | null;
  message?: string | null;
}

/** How a change turned out. `after` replaces the intended state when ImageKit told us more. */
export interface Settlement {
  status: Exclude<EntryStatus, 'pending'>;
  after?: FileState | null;
  requestId?: string | null;
  message?: string | null;
}

/** Either the database or a transaction of it: run chunks write entries with their progress. */
type Writer = Kysely<Schema>;

const json = (state: FileState | null | undefined) =>
  state === undefined ? undefined : state === null ? null : JSON.stringify(state);

export function entryFromRow(row: Selectable<JournalEntriesTable>): HistoryEntry {
  return {
    id: Number(row.id),
    fileId: row.file_id,
    at: new Date(Number(row.at)).toISOString(),
    user: row.user_name,
    action: row.action,
    before: row.before_state === null ? null : (JSON.parse(row.before_state) as FileState),
    after: row.after_state === null ? null : (JSON.parse(row.after_state) as FileState),
    status: row.status,
    runId: row.run_id,
    requestId: row.request_id,
    message: row.message,
    revertOf: row.revert_of === null ? null : Number(row.revert_of),
  };
}

/** Writes an entry; `pending` until settled, unless the outcome is known already. */
export async function insertEntry(
  db: Writer,
  entry: NewEntry,
  status: EntryStatus,
  at: number,
): Promise<number> {
  const row = await db
    .insertInto('journal_entries')
    .values({
      file_id: entry.fileId,
      at,
      user_name: entry.user,
      action: entry.action,
      before_state: json(entry.before) ?? null,
      after_state: json(entry.after) ?? null,
      status,
      run_id: entry.runId ?? null,
      request_id: entry.requestId ?? null,
      message: entry.message ?? null,
      revert_of: entry.revertOf ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function settleEntry(db: Writer, id: number, outcome: Settlement): Promise<void> {
  await db
    .updateTable('journal_entries')
    .set({
      status: outcome.status,
      ...(outcome.after !== undefined && { after_state: json(outcome.after) }),
      ...(outcome.requestId !== undefined && { request_id: outcome.requestId }),
      ...(outcome.message !== undefined && { message: outcome.message }),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * The journal: every change tagcrop makes to a file, written before the call to ImageKit
 * (pending) and settled when its outcome is known, so a crash in between leaves a trace that
 * the next start resolves by reading the file back.
 */
export function createJournal(db: Db, now: () => number = Date.now) {
  return {
    /** Before a call: the entry, pending. */
    begin: (entry: NewEntry) => insertEntry(db, entry, 'pending', now()),

    settle: (id: number, outcome: Settlement) => settleEntry(db, id, outcome),

    /**
     * A change whose outcome is already known, in one step: what an upload records once
     * ImageKit has answered (see ARCHITECTURE.md, "Journaling a change").
     */
    record: (entry: NewEntry & { status: Settlement['status'] }) =>
      insertEntry(db, entry, entry.status, now()),

    async entry(id: number): Promise<HistoryEntry | undefined> {
      const row = await db
        .selectFrom('journal_entries')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && entryFromRow(row);
    },

    /** A file's changes, newest first. */
    async history(fileId: string, limit = 200): Promise<HistoryEntry[]> {
      const rows = await db
        .selectFrom('journal_entries')
        .selectAll()
        .where('file_id', '=', fileId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(entryFromRow);
    },

    /** Single changes (no run) whose call was on its way when the server stopped. */
    async pendingSingles(): Promise<HistoryEntry[]> {
      const rows = await db
        .selectFrom('journal_entries')
        .selectAll()
        .where('status', '=', 'pending')
        .where('run_id', 'is', null)
        .orderBy('id')
        .execute();
      return rows.map(entryFromRow);
    },

    /** The applied changes of a run, one per file: what undoing the run starts from. */
    async appliedInRun(runId: string): Promise<HistoryEntry[]> {
      const rows = await db
        .selectFrom('journal_entries')
        .selectAll()
        .where('run_id', '=', runId)
        .where('status', '=', 'applied')
        .orderBy('id')
        .execute();
      return rows.map(entryFromRow);
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
