import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect-types.ts';

// Columns the catalog sorts by or reads as ranges (`folder >= '/a/' AND folder < '/a0'`, a tag
// prefix as `tag_folded >= 'sne' AND < 'sne\uffff'`). Those forms assume byte order, which is
// SQLite's; PostgreSQL would compare them by the database's locale, where (en_US) punctuation
// such as "/" and "-" is ignored at first and the ranges stop meaning "starts with".
const BYTE_ORDERED: Array<[table: string, column: string]> = [
  ['catalog_files', 'name_key'],
  ['catalog_files', 'folder'],
  ['catalog_tags', 'tag'],
  ['catalog_tags', 'tag_folded'],
  ['catalog_file_tags', 'tag'],
  ['catalog_file_tags', 'tag_folded'],
];

/**
 * What PostgreSQL needs beyond the shared schema; SQLite has it already (byte order by default,
 * the FTS5 index from 003). pg_trgm's GIN indexes answer `LIKE '%word%'` on the catalog's search
 * text and on tag names from the index, as FTS5's trigram table does in SQLite. pg_trgm is a
 * trusted extension: the database's owner may create it.
 */
export function postgresSearchAndOrder(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'postgres') return;
      for (const [table, column] of BYTE_ORDERED) {
        await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN ${sql.ref(column)} TYPE text COLLATE "C"`.execute(
          db,
        );
      }
      await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
      await sql`CREATE INDEX catalog_files_search ON catalog_files
        USING gin (search_text gin_trgm_ops)`.execute(db);
      await sql`CREATE INDEX catalog_tags_search ON catalog_tags
        USING gin (tag_folded gin_trgm_ops)`.execute(db);
    },
  };
}
