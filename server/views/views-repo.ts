import { sql } from 'kysely';
import { FileQuerySchema } from '../../common/api/file-query.ts';
import { MAX_VIEWS_PER_USER, type SavedView, type SaveView } from '../../common/api/views.ts';
import type { Db } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';

const folded = sql<string>`lower(name)`;

/** Each user's saved catalog views. A query is stored as the schema parsed it. */
export function createViewsRepo(db: Db, now: () => number = Date.now) {
  // Read back through the schema: a view saved by an older release still comes out valid.
  const toView = (row: { id: number; name: string; query: string }): SavedView => ({
    id: row.id,
    name: row.name,
    query: FileQuerySchema.catch({}).parse(JSON.parse(row.query)),
  });

  async function find(userId: number, name: string) {
    return db
      .selectFrom('saved_views')
      .select(['id', 'name', 'query'])
      .where('user_id', '=', userId)
      .where(folded, '=', name.toLowerCase())
      .executeTakeFirst();
  }

  return {
    async list(userId: number): Promise<SavedView[]> {
      const rows = await db
        .selectFrom('saved_views')
        .select(['id', 'name', 'query'])
        .where('user_id', '=', userId)
        .orderBy(folded)
        .execute();
      return rows.map(toView);
    },

    /** Saves under the name; the user's view of the same name (any case) gets the new query. */
    async save(userId: number, { name, query }: SaveView): Promise<SavedView> {
      const json = JSON.stringify(query);
      const existing = await find(userId, name);
      if (existing) {
        await db
          .updateTable('saved_views')
          .set({ name, query: json })
          .where('id', '=', existing.id)
          .execute();
        return toView({ id: existing.id, name, query: json });
      }
      const { n } = await db
        .selectFrom('saved_views')
        .select(sql<number>`count(*)`.as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      if (Number(n) >= MAX_VIEWS_PER_USER) {
        throw new AppError(
          400,
          'validation_failed',
          `You have ${MAX_VIEWS_PER_USER} saved views; delete one first.`,
        );
      }
      const row = await db
        .insertInto('saved_views')
        .values({ user_id: userId, name, query: json, created_at: now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return toView({ id: row.id, name, query: json });
    },

    /** Deletes one of the user's own views; another user's id is as unknown as a missing one. */
    async remove(userId: number, id: number): Promise<void> {
      const result = await db
        .deleteFrom('saved_views')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound('No saved view with that id.');
    },
  };
}

export type ViewsRepo = ReturnType<typeof createViewsRepo>;
