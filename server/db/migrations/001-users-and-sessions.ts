import { sql, type Kysely } from 'kysely';
import { autoIdColumn, type Dialect } from './dialect-types.ts';

// `ifNotExists` throughout: SQLite databases made before this query layer already have these
// tables (same columns), and adopt the migration as done.
export function usersAndSessions(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await autoIdColumn(db.schema.createTable('users').ifNotExists(), 'id', dialect)
        .addColumn('username', 'text', (col) => col.notNull())
        .addColumn('password_hash', 'text', (col) => col.notNull())
        .addColumn('role', 'text', (col) =>
          col.notNull().check(sql`role IN ('viewer', 'editor', 'admin')`),
        )
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('password_changed_at', 'text', (col) => col.notNull())
        .execute();
      // User names are unique ignoring case, in both databases.
      await db.schema
        .createIndex('users_username_folded')
        .ifNotExists()
        .unique()
        .on('users')
        .expression(sql`lower(username)`)
        .execute();

      await db.schema
        .createTable('sessions')
        .ifNotExists()
        .addColumn('id_hash', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'integer', (col) =>
          col.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('csrf_token', 'text', (col) => col.notNull())
        .addColumn('created_at', 'bigint', (col) => col.notNull())
        .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
        .addColumn('expires_at', 'bigint', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('sessions_user')
        .ifNotExists()
        .on('sessions')
        .column('user_id')
        .execute();
      await db.schema
        .createIndex('sessions_expiry')
        .ifNotExists()
        .on('sessions')
        .column('expires_at')
        .execute();
    },
  };
}
