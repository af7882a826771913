import type { Kysely } from 'kysely';

/**
 * Failed sign-ins and uploads, one row each, for the throttles that count them over a sliding
 * window: in the database, so that every instance on it counts the same events.
 */
export function rateEvents() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('rate_events')
        .addColumn('scope', 'text', (col) => col.notNull())
        .addColumn('key', 'text', (col) => col.notNull())
        .addColumn('at', 'bigint', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('rate_events_key_at')
        .on('rate_events')
        .columns(['scope', 'key', 'at'])
        .execute();
      await db.schema.createIndex('rate_events_at').on('rate_events').columns(['at']).execute();
    },
  };
}
