import type { Database } from 'better-sqlite3';

/** Small facts about the library itself, e.g. whether the samples were already added. */
export interface MetaRepository {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export function createMetaRepository(db: Database): MetaRepository {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => select.get(key)?.value ?? null,
    set: (key, value) => {
      upsert.run(key, value);
    },
  };
}
