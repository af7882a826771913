import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { FolderRecord } from '../files/file-record.ts';
import type { SqlFragment, SqlParam } from '../search/search-to-sql.ts';
import type { SortColumn } from './file-repository.ts';

export interface FolderListQuery {
  /** Folders directly inside this one (FileRecord.folder form), or every folder when null. */
  parent: string | null;
  /** A condition over `folders d`, from a searchQuery. */
  filter: SqlFragment | null;
  /** Folders have no size or dimensions; those sorts order them by creation. */
  sort: { column: SortColumn; descending: boolean };
  limit: number;
  skip: number;
}

export interface FolderRepository {
  /** Records `folder` and each of its ancestors (except the root) that is not known yet. */
  ensure(folder: string, now: number): void;
  list(query: FolderListQuery): FolderRecord[];
  count(query: Pick<FolderListQuery, 'parent' | 'filter'>): number;
}

interface FolderRow {
  id: string;
  path: string;
  name: string;
  created_at: number;
  updated_at: number;
}

const FOLDER_SORT: Partial<Record<SortColumn, string>> = {
  NAME: 'd.name',
  CREATED: 'd.created_at',
  UPDATED: 'd.updated_at',
};

export function createFolderRepository(db: Database): FolderRepository {
  const insert = db.prepare(`INSERT OR IGNORE INTO folders
    (path, id, parent, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const ensure = db.transaction((folder: string, now: number) => {
    const names = folder.split('/').filter(Boolean);
    names.forEach((name, i) => {
      const parent = `/${names.slice(0, i).join('/')}${i > 0 ? '/' : ''}`;
      const path = `${parent}${name}/`;
      insert.run(path, randomBytes(12).toString('hex'), parent, name, now, now);
    });
  });

  function where(query: Pick<FolderListQuery, 'parent' | 'filter'>) {
    const clauses: string[] = [];
    const params: SqlParam[] = [];
    if (query.parent !== null) {
      clauses.push('d.parent = ?');
      params.push(query.parent);
    }
    if (query.filter) {
      clauses.push(`(${query.filter.sql})`);
      params.push(...query.filter.params);
    }
    return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  return {
    ensure,
    list(query) {
      const { sql, params } = where(query);
      const direction = query.sort.descending ? 'DESC' : 'ASC';
      const column = FOLDER_SORT[query.sort.column] ?? 'd.created_at';
      const rows = db
        .prepare<SqlParam[], FolderRow>(
          `SELECT d.id, d.path, d.name, d.created_at, d.updated_at FROM folders d ${sql}
           ORDER BY ${column} ${direction}, d.path ${direction} LIMIT ? OFFSET ?`,
        )
        .all(...params, query.limit, query.skip);
      return rows.map((row) => ({
        id: row.id,
        path: row.path,
        name: row.name,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
    },
    count(query) {
      const { sql, params } = where(query);
      const row = db
        .prepare<SqlParam[], { n: number }>(`SELECT COUNT(*) AS n FROM folders d ${sql}`)
        .get(...params);
      return row?.n ?? 0;
    },
  };
}
