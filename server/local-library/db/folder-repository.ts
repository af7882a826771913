import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { FolderRecord } from '../files/file-record.ts';

export interface FolderRepository {
  /** Records `folder` and each of its ancestors (except the root) that is not known yet. */
  ensure(folder: string, now: number): void;
  /** Folders directly inside `parent`, or every folder when parent is null; oldest first. */
  list(parent: string | null, limit: number, skip: number): FolderRecord[];
  count(parent: string | null): number;
}

interface FolderRow {
  id: string;
  path: string;
  name: string;
  created_at: number;
  updated_at: number;
}

export function createFolderRepository(db: Database): FolderRepository {
  const insert = db.prepare(`INSERT OR IGNORE INTO folders
    (path, id, parent, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const scope = '(? IS NULL OR parent = ?)';
  const select = db.prepare<[string | null, string | null, number, number], FolderRow>(
    `SELECT id, path, name, created_at, updated_at FROM folders WHERE ${scope}
     ORDER BY created_at, path LIMIT ? OFFSET ?`,
  );
  const countIn = db.prepare<[string | null, string | null], { n: number }>(
    `SELECT COUNT(*) AS n FROM folders WHERE ${scope}`,
  );

  const ensure = db.transaction((folder: string, now: number) => {
    const names = folder.split('/').filter(Boolean);
    names.forEach((name, i) => {
      const parent = `/${names.slice(0, i).join('/')}${i > 0 ? '/' : ''}`;
      const path = `${parent}${name}/`;
      insert.run(path, randomBytes(12).toString('hex'), parent, name, now, now);
    });
  });

  return {
    ensure,
    list: (parent, limit, skip) =>
      select.all(parent, parent, limit, skip).map((row) => ({
        id: row.id,
        path: row.path,
        name: row.name,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      })),
    count: (parent) => countIn.get(parent, parent)?.n ?? 0,
  };
}
