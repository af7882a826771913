import type { FileDetails } from '../file-details.ts';

/** What the journal keeps of a file on each side of a change: the fields tagcrop edits. */
export interface FileState {
  tags: string[];
  customCoordinates: string | null;
  description: string;
  customMetadata: Record<string, unknown>;
}

/** A file's state with the given fields, the rest empty (no tags, region, description, metadata). */
export function fileState(fields: Partial<FileState> = {}): FileState {
  return { tags: [], customCoordinates: null, description: '', customMetadata: {}, ...fields };
}

/** What made a change: a save, one file of a run, an upload, a revert. */
export type JournalAction =
  | 'save'
  | 'bulk-tags'
  | 'tag-rename'
  | 'tag-merge'
  | 'tag-delete'
  | 'undo-run'
  | 'revert'
  | 'upload';

/**
 * `applied`: ImageKit made the change (answered, or a read-back showed it). `failed`: it did not;
 * `after` is then what was attempted, never what the file holds. `unknown`: ImageKit's answer was
 * lost and the file could not be read back. `pending`: the call is on its way (or was, when the
 * server stopped; it is settled on restart).
 */
export type EntryStatus = 'pending' | 'applied' | 'failed' | 'unknown';

export interface HistoryEntry {
  id: number;
  /** Null only for an upload that failed before ImageKit named the file. */
  fileId: string | null;
  /** ISO 8601: when the change was asked for. */
  at: string;
  user: string;
  action: JournalAction;
  /** Null for an upload: the file did not exist. */
  before: FileState | null;
  after: FileState | null;
  status: EntryStatus;
  runId: string | null;
  /** ImageKit's `x-ik-requestId` of the call that made (or failed to make) the change. */
  requestId: string | null;
  /** Why it failed, or how its outcome was learned. */
  message: string | null;
  /** The entry this one reverted. */
  revertOf: number | null;
}

/** `GET /api/files/:fileId/history`: newest first. */
export interface HistoryAnswer {
  entries: HistoryEntry[];
}

/** `POST /api/history/:entryId/revert`: the new entry (null when nothing needed changing). */
export interface RevertAnswer {
  entry: HistoryEntry | null;
  file: FileDetails;
}

/** One field a revert cannot restore: someone changed it since the entry. */
export interface RevertConflict {
  field: 'customCoordinates' | 'description' | `customMetadata.${string}` | 'tags';
  /** What the entry left there. */
  expected: unknown;
  /** What is there now. */
  current: unknown;
  /** What the revert would have put back. */
  restore: unknown;
}

/** Response header of a save and a revert: the journal entry that recorded it, for Undo. */
export const JOURNAL_ENTRY_HEADER = 'X-Journal-Entry';
