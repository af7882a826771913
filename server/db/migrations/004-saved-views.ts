import { sql, type Kysely } from 'kysely';
import { autoIdColumn, type Dialect } from './dialect-types.ts';

/** Each user's named catalog queries; they go when the user goes. */
export function savedViews(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await autoIdColumn(db.schema.createTable('saved_views'), 'id', dialect)
        .addColumn('user_id', 'integer', (col) =>
          col.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('query', 'text', (col) => col.notNull())
        .addColumn('created_at', 'bigint', (col) => col.notNull())
        .execute();
      // One view per name and user, ignoring case, in both databases.
      await db.schema
        .createIndex('saved_views_user_name')
        .unique()
        .on('saved_views')
        .expression(sql`user_id, lower(name)`)
        .execute();
    },
  };
}
