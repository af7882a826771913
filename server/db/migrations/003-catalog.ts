import { sql, type Kysely } from 'kysely';
import { autoIdColumn, type Dialect } from './dialect-types.ts';
import { createTextSearchIndex } from './text-search-index.ts';

/**
 * The catalog: one row per file (ImageKit's FileDetails JSON beside the columns we filter and
 * sort on), its tags in a join table, and a count per tag kept in step with every change. It
 * replaces the tag vocabulary, which was rebuilt by paging the whole library.
 */
export function catalog(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('tag_vocabulary').ifExists().execute();
      await sql`DELETE FROM app_meta WHERE key = 'tags_refreshed_at'`.execute(db);

      await autoIdColumn(db.schema.createTable('catalog_files'), 'id', dialect)
        .addColumn('file_id', 'text', (col) => col.notNull().unique())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('name_key', 'text', (col) => col.notNull())
        .addColumn('file_path', 'text', (col) => col.notNull())
        .addColumn('folder', 'text', (col) => col.notNull())
        .addColumn('file_type', 'text', (col) => col.notNull())
        .addColumn('mime', 'text', (col) => col.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('size', 'bigint', (col) => col.notNull())
        .addColumn('tag_count', 'integer', (col) => col.notNull())
        .addColumn('ai_tags', 'text')
        .addColumn('has_region', 'integer', (col) => col.notNull())
        .addColumn('custom_coordinates', 'text')
        .addColumn('description', 'text')
        .addColumn('is_private', 'integer', (col) => col.notNull())
        .addColumn('is_published', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'bigint', (col) => col.notNull())
        .addColumn('updated_at', 'bigint', (col) => col.notNull())
        .addColumn('url', 'text', (col) => col.notNull())
        .addColumn('search_text', 'text', (col) => col.notNull())
        .addColumn('patched_locally', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('confirmed_at', 'bigint', (col) => col.notNull())
        .execute();
      // Each list order, alone and after the flag filters "needs tags" / "needs region" etc.,
      // with the id as the tie-break the keyset cursor needs.
      const indexes: Array<[string, string[]]> = [
        ['created', ['created_at', 'id']],
        ['updated', ['updated_at', 'id']],
        ['name', ['name_key', 'id']],
        ['untagged', ['tag_count', 'created_at', 'id']],
        ['region', ['has_region', 'created_at', 'id']],
        ['folder', ['folder', 'created_at', 'id']],
        // Covers the per-folder counts and the "needs …" filters within a folder.
        ['coverage', ['folder', 'tag_count', 'has_region']],
        ['type', ['file_type', 'created_at', 'id']],
        ['private', ['is_private', 'created_at', 'id']],
        ['confirmed', ['confirmed_at']],
      ];
      for (const [name, columns] of indexes) {
        await db.schema
          .createIndex(`catalog_files_${name}`)
          .on('catalog_files')
          .columns(columns)
          .execute();
      }

      // Apart from the row, so that scanning and sorting rows stays cheap: a page reads the
      // details of the rows it shows, nothing more.
      await db.schema
        .createTable('catalog_details')
        .addColumn('id', 'integer', (col) => col.primaryKey())
        .addColumn('details', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('catalog_file_tags')
        .addColumn('file_id', 'integer', (col) => col.notNull())
        .addColumn('tag', 'text', (col) => col.notNull())
        .addColumn('tag_folded', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('catalog_file_tags_pk', ['file_id', 'tag'])
        .execute();
      await db.schema
        .createIndex('catalog_file_tags_folded')
        .on('catalog_file_tags')
        .columns(['tag_folded', 'file_id'])
        .execute();

      await db.schema
        .createTable('catalog_tags')
        .addColumn('tag', 'text', (col) => col.primaryKey())
        .addColumn('tag_folded', 'text', (col) => col.notNull())
        .addColumn('file_count', 'integer', (col) => col.notNull())
        .execute();
      // "Most used first" walks this index (covering the text match) and stops at the page;
      // prefixes and exact matches are ranges of the next one.
      await db.schema
        .createIndex('catalog_tags_count')
        .on('catalog_tags')
        .columns(['file_count desc', 'tag', 'tag_folded'])
        .execute();
      await db.schema
        .createIndex('catalog_tags_folded')
        .on('catalog_tags')
        .columns(['tag_folded', 'file_count'])
        .execute();

      await createTextSearchIndex(db, dialect);
    },
  };
}
