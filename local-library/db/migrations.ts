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
  // Custom metadata fields, and an index of every file's values so that
  // "customMetadata.<field>" searches run in SQL. `value` has no declared type on purpose: it
  // keeps numbers as numbers and text as text. Booleans are 1/0 with kind 'boolean'.
  `
  CREATE TABLE custom_metadata_fields (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    type TEXT NOT NULL
      CHECK (type IN ('Text', 'Textarea', 'Number', 'Date', 'Boolean', 'SingleSelect', 'MultiSelect')),
    rules TEXT NOT NULL DEFAULT '{}',
    description TEXT,
    is_deleted INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX custom_metadata_fields_live_label
    ON custom_metadata_fields (label) WHERE is_deleted = 0;
  CREATE TABLE file_metadata (
    file_seq INTEGER NOT NULL REFERENCES files (seq) ON DELETE CASCADE,
    field TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('string', 'number', 'boolean')),
    value NOT NULL,
    PRIMARY KEY (file_seq, field, position)
  ) WITHOUT ROWID;
  CREATE INDEX file_metadata_value ON file_metadata (field, value, file_seq);
  INSERT INTO file_metadata (file_seq, field, position, kind, value)
    SELECT f.seq, j.key, 0,
      CASE j.type WHEN 'text' THEN 'string' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean'
        ELSE 'number' END,
      j.value
    FROM files f, json_each(f.custom_metadata) j
    WHERE j.type IN ('text', 'integer', 'real', 'true', 'false');
  INSERT OR IGNORE INTO file_metadata (file_seq, field, position, kind, value)
    SELECT f.seq, j.key, a.key,
      CASE a.type WHEN 'text' THEN 'string' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean'
        ELSE 'number' END,
      a.value
    FROM files f, json_each(f.custom_metadata) j, json_each(j.value) a
    WHERE j.type = 'array' AND a.type IN ('text', 'integer', 'real', 'true', 'false');
  CREATE INDEX files_format ON files (format);
  CREATE INDEX folders_name ON folders (name);
  `,
  // The value index keyed by kind too: with the primary key (file_seq) it then covers every
  // "customMetadata.<field>" search, which never has to read file_metadata itself.
  `
  DROP INDEX file_metadata_value;
  CREATE INDEX file_metadata_value ON file_metadata (field, kind, value);
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
