import type { Kysely } from 'kysely';
import { autoIdColumn, type Dialect } from './dialect-types.ts';

/**
 * The journal (every change tagcrop makes to a file, before and after) and runs (changes to many
 * files, with each file's progress, so a run survives a restart without changing a file twice).
 * Names are kept as text, not user ids: the record outlives the user.
 */
export function journalAndRuns(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('user_name', 'text', (col) => col.notNull())
        .addColumn('created_at', 'bigint', (col) => col.notNull())
        .addColumn('finished_at', 'bigint')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('change_json', 'text')
        .addColumn('tag_json', 'text')
        .addColumn('total', 'integer', (col) => col.notNull())
        .addColumn('updated', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('failed', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('not_sent', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('stop_reason', 'text')
        .addColumn('cancel_requested', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('undone_by', 'text')
        .addColumn('undo_of', 'text')
        .execute();
      await db.schema.createIndex('runs_created').on('runs').columns(['created_at']).execute();
      await db.schema.createIndex('runs_status').on('runs').columns(['status']).execute();

      await db.schema
        .createTable('run_files')
        .addColumn('run_id', 'text', (col) =>
          col.notNull().references('runs.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('file_id', 'text', (col) => col.notNull())
        .addColumn('add_json', 'text', (col) => col.notNull())
        .addColumn('remove_json', 'text', (col) => col.notNull())
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('message', 'text')
        .addColumn('entry_id', 'integer')
        .addPrimaryKeyConstraint('run_files_pk', ['run_id', 'position'])
        .execute();
      await db.schema
        .createIndex('run_files_state')
        .on('run_files')
        .columns(['run_id', 'state', 'position'])
        .execute();

      await autoIdColumn(db.schema.createTable('journal_entries'), 'id', dialect)
        .addColumn('file_id', 'text')
        .addColumn('at', 'bigint', (col) => col.notNull())
        .addColumn('user_name', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('before_state', 'text')
        .addColumn('after_state', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('run_id', 'text')
        .addColumn('request_id', 'text')
        .addColumn('message', 'text')
        .addColumn('revert_of', 'integer')
        .execute();
      await db.schema
        .createIndex('journal_file')
        .on('journal_entries')
        .columns(['file_id', 'id'])
        .execute();
      await db.schema
        .createIndex('journal_run')
        .on('journal_entries')
        .columns(['run_id', 'file_id'])
        .execute();
      await db.schema
        .createIndex('journal_status')
        .on('journal_entries')
        .columns(['status'])
        .execute();
    },
  };
}
