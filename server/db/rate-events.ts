import type { Db } from './database.ts';

/** What the throttles count, in the database every instance shares. */
export interface RateEvents {
  /** When each event of `key` since `since` happened, oldest first. */
  since(scope: string, key: string, since: number): Promise<number[]>;
  /** Records `count` events of `key` at `at`. */
  add(scope: string, key: string, at: number, count?: number): Promise<void>;
  clear(scope: string, key: string): Promise<void>;
  /** Forgets every event before `before`, of every key (the hourly sweep). */
  forgetBefore(before: number): Promise<void>;
}

export function createRateEvents(db: Db): RateEvents {
  return {
    async since(scope, key, since) {
      const rows = await db
        .selectFrom('rate_events')
        .select('at')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('at', '>', since)
        .orderBy('at')
        .execute();
      return rows.map((row) => Number(row.at));
    },
    async add(scope, key, at, count = 1) {
      if (count <= 0) return;
      const rows = Array.from({ length: count }, () => ({ scope, key, at }));
      await db.insertInto('rate_events').values(rows).execute();
    },
    async clear(scope, key) {
      await db
        .deleteFrom('rate_events')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    },
    async forgetBefore(before) {
      await db.deleteFrom('rate_events').where('at', '<', before).execute();
    },
  };
}
