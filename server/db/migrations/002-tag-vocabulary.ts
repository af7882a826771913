import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect-types.ts';

export function tagVocabulary(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('tag_vocabulary')
        .ifNotExists()
        .addColumn('name', 'text', (col) =>
          // One row per tag ignoring case; the catalog's tag table replaces this one.
          dialect === 'sqlite' ? col.primaryKey().modifyEnd(sql`COLLATE NOCASE`) : col.primaryKey(),
        )
        .addColumn('file_count', 'integer', (col) => col.notNull().check(sql`file_count >= 0`))
        .execute();
      await db.schema
        .createTable('app_meta')
        .ifNotExists()
        .addColumn('key', 'text', (col) => col.primaryKey())
        .addColumn('value', 'text', (col) => col.notNull())
        .execute();
    },
  };
}
