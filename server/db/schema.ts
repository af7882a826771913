import type { Generated } from 'kysely';
import type { EntryStatus, JournalAction } from '../../common/api/history.ts';
import type { RunKind, RunStatus } from '../../common/api/runs.ts';
import type { Role } from '../../common/api/session.ts';

/**
 * The app's own tables, as the query layer sees them in both SQLite and PostgreSQL. Times are
 * epoch milliseconds in bigint columns, read back as numbers in both (PostgreSQL's int8 through
 * the type parser in postgres-connection.ts); flags are integers 0/1, not booleans, in both.
 */
export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  app_meta: AppMetaTable;
  catalog_files: CatalogFilesTable;
  catalog_details: CatalogDetailsTable;
  catalog_file_tags: CatalogFileTagsTable;
  catalog_tags: CatalogTagsTable;
  saved_views: SavedViewsTable;
  journal_entries: JournalEntriesTable;
  runs: RunsTable;
  run_files: RunFilesTable;
  rate_events: RateEventsTable;
}

/** One counted event (a failed sign-in, an uploaded file) of a throttle's scope and key. */
export interface RateEventsTable {
  scope: string;
  key: string;
  at: number;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: Role;
  /** ISO 8601, written by the app so both databases store the same text. */
  created_at: string;
  password_changed_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

/** One file of the library, as ImageKit last described it (or as we changed it since). */
export interface CatalogFilesTable {
  id: Generated<number>;
  file_id: string;
  name: string;
  /** The name case-folded: the "name" sort. */
  name_key: string;
  file_path: string;
  /** `/products/shoes/`: always ends in "/". */
  folder: string;
  file_type: string;
  mime: string;
  width: number | null;
  height: number | null;
  size: number;
  /** How many user tags; 0 is "needs tags". The tags are in catalog_file_tags. */
  tag_count: number;
  /** JSON array of AI tag names, or null. */
  ai_tags: string | null;
  has_region: number;
  custom_coordinates: string | null;
  description: string | null;
  is_private: number;
  is_published: number;
  created_at: number;
  updated_at: number;
  url: string;
  /** Name, folder and tags, case-folded and space-separated: what `q` searches. */
  search_text: string;
  /** 1 after a bulk change applied here: same updatedAt, newer tags than ImageKit last said. */
  patched_locally: number;
  /** When ImageKit last showed us this file exists (our clock): the reconcile's mark. */
  confirmed_at: number;
}

/** ImageKit's FileDetails JSON of each catalog row (same id), which list answers are made of. */
export interface CatalogDetailsTable {
  id: number;
  details: string;
}

export interface CatalogFileTagsTable {
  /** catalog_files.id */
  file_id: number;
  /** Exactly as ImageKit holds it: tags are case-sensitive there. */
  tag: string;
  tag_folded: string;
}

/** How many files carry each tag, kept in the same transaction as every change to the catalog. */
export interface CatalogTagsTable {
  tag: string;
  tag_folded: string;
  file_count: number;
}

export interface SavedViewsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** The FileQuery as JSON. */
  query: string;
  created_at: number;
}

/** One change tagcrop made (or tried to make) to one file. States are FileState JSON. */
export interface JournalEntriesTable {
  id: Generated<number>;
  /** Null only for an upload that failed before ImageKit named the file. */
  file_id: string | null;
  at: number;
  user_name: string;
  action: JournalAction;
  before_state: string | null;
  after_state: string | null;
  status: EntryStatus;
  run_id: string | null;
  request_id: string | null;
  message: string | null;
  revert_of: number | null;
}

export interface RunsTable {
  /** A random UUID: run ids appear in URLs and must not be guessable in order. */
  id: string;
  kind: RunKind;
  user_name: string;
  created_at: number;
  finished_at: number | null;
  status: RunStatus;
  /** `{add, remove}` JSON when every file gets the same change. */
  change_json: string | null;
  /** `{from, to}` JSON for a tag rewrite. */
  tag_json: string | null;
  total: number;
  updated: Generated<number>;
  failed: Generated<number>;
  not_sent: Generated<number>;
  stop_reason: string | null;
  /** 1 once someone asked to stop; the run stops before its next chunk (even after a restart). */
  cancel_requested: Generated<number>;
  undone_by: string | null;
  undo_of: string | null;
}

/**
 * One file of a run and how far it got. `sent` means its call may have reached ImageKit: after a
 * restart such files are read back before anything is sent again.
 */
export interface RunFilesTable {
  run_id: string;
  /** The order files are sent in, from 0. */
  position: number;
  file_id: string;
  add_json: string;
  remove_json: string;
  state: RunFileState;
  message: string | null;
  /** The journal entry of this file's change, once written. */
  entry_id: number | null;
}

export type RunFileState = 'pending' | 'sent' | 'applied' | 'failed' | 'unknown' | 'skipped';
