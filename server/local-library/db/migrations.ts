import type { Database } from 'better-sqlite3';

/**
 * Numbered schema changes; entry i brings `user_version` from i to i + 1. Append only: a
 * migration that has shipped is never edited, a change is a new entry.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE files (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    folder TEXT NOT NULL,
    file_path TEXT NOT NULL UNIQUE,
    file_type TEXT NOT NULL CHECK (file_type IN ('image', 'non-image')),
    mime TEXT NOT NULL,
    format TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size INTEGER NOT NULL,
    has_alpha INTEGER NOT NULL,
    is_private INTEGER NOT NULL,
    is_published INTEGER NOT NULL,
    custom_coordinates TEXT,
    description TEXT,
    custom_metadata TEXT NOT NULL DEFAULT '{}',
    embedded_metadata TEXT NOT NULL DEFAULT '{}',
    version_id TEXT NOT NULL,
    version_number INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX files_folder_created ON files (folder, created_at);
  CREATE INDEX files_created ON files (created_at);
  CREATE INDEX files_updated ON files (updated_at);
  CREATE INDEX files_name ON files (name);
  CREATE INDEX files_width ON files (width);
  CREATE INDEX files_height ON files (height);
  CREATE INDEX files_size ON files (size);

  CREATE TABLE file_tags (
    file_seq INTEGER NOT NULL REFERENCES files (seq) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'ai')),
    tag TEXT NOT NULL,
    position INTEGER NOT NULL,
    confidence REAL,
    source TEXT,
    PRIMARY KEY (file_seq, kind, tag)
  ) WITHOUT ROWID;
  CREATE INDEX file_tags_tag ON file_tags (tag, file_seq);

  CREATE TABLE folders (
    path TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    parent TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX folders_parent ON folders (parent, created_at);

  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
];

/** Runs every migration the database has not seen yet, each in its own transaction. */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The local library database is at schema version ${current}, newer than this code knows (${migrations.length}).`,
    );
  }
  migrations.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}
