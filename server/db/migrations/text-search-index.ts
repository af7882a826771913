import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect-types.ts';

/**
 * The index behind the catalog's `q` search (words matching inside names, tags and folders).
 * SQLite: an FTS5 table with the trigram tokenizer over `catalog_files.search_text` (external
 * content, kept in step by triggers), so a word of 3+ characters is found through the index.
 * PostgreSQL gets its counterpart, a pg_trgm GIN index, in its own migration
 * (006-postgres-search-and-order.ts); here it has nothing to do. `server/catalog/` writes the
 * matching query for each (text-search-sqlite.ts, text-search-postgres.ts).
 */
export async function createTextSearchIndex(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`CREATE VIRTUAL TABLE catalog_search USING fts5(
      search_text, content='catalog_files', content_rowid='id', tokenize='trigram')`.execute(db);
  await sql`CREATE TRIGGER catalog_search_insert AFTER INSERT ON catalog_files BEGIN
      INSERT INTO catalog_search(rowid, search_text) VALUES (new.id, new.search_text);
    END`.execute(db);
  await sql`CREATE TRIGGER catalog_search_delete AFTER DELETE ON catalog_files BEGIN
      INSERT INTO catalog_search(catalog_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END`.execute(db);
  await sql`CREATE TRIGGER catalog_search_update AFTER UPDATE OF search_text ON catalog_files
    WHEN old.search_text IS NOT new.search_text BEGIN
      INSERT INTO catalog_search(catalog_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
      INSERT INTO catalog_search(rowid, search_text) VALUES (new.id, new.search_text);
    END`.execute(db);
}
