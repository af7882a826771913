import type { Generated } from 'kysely';
import type { Role } from '../../common/api/session.ts';

/** The app's own tables, as the query layer sees them in both SQLite and PostgreSQL. */
export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  tag_vocabulary: TagVocabularyTable;
  app_meta: AppMetaTable;
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

/** Times are epoch milliseconds. */
export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface TagVocabularyTable {
  name: string;
  file_count: number;
}

export interface AppMetaTable {
  key: string;
  value: string;
}
