import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { FileFiltersSchema } from '../../common/api/file-query.ts';
import { catalogOnPostgres } from './catalog-dialect-postgres.ts';
import { catalogOnSqlite } from './catalog-dialect-sqlite.ts';
import { allOf, filterConditions, type FilesDb } from './file-filter-sql.ts';
import { shouldWalkOrderIndex, type ColumnRef } from './plan-hints.ts';
import { wordsScan } from './text-search.ts';

const dialects = { sqlite: catalogOnSqlite, postgres: catalogOnPostgres };

// Compiles without a database: the SQL each filter becomes is what is under test.
const db = new Kysely<FilesDb>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new SqliteIntrospector(k),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

function where(
  raw: Record<string, unknown>,
  dialect: 'sqlite' | 'postgres' = 'sqlite',
  column?: ColumnRef,
) {
  const filters = FileFiltersSchema.parse(raw);
  const { sql, parameters } = db
    .selectFrom('f')
    .select('f.id')
    .where(allOf(filterConditions(filters, dialects[dialect].wordsMatch, column)))
    .compile();
  return { sql: sql.replace(/^select "f"."id" from "f" where /, ''), parameters };
}

const tagsWith = (op: string) =>
  `"f"."id" ${op} (select "t"."file_id" from "catalog_file_tags" as "t" where "t"."tag_folded" in`;

describe('filterConditions → SQL', () => {
  it.each([
    [{}, '1 = 1', []],
    [{ untagged: 'true' }, '"f"."tag_count" = ?', [0]],
    [{ untagged: 'false' }, '"f"."tag_count" > ?', [0]],
    [{ region: 'set' }, '"f"."has_region" = ?', [1]],
    [{ region: 'none' }, '"f"."has_region" = ?', [0]],
    [{ type: 'non-image' }, '"f"."file_type" = ?', ['non-image']],
    [{ private: 'false' }, '"f"."is_private" = ?', [0]],
    [
      { folder: '/products/shoes' },
      '("f"."folder" >= ? and "f"."folder" < ?)',
      ['/products/shoes/', '/products/shoes0'],
    ],
    [{ folder: '/products/shoes/', subfolders: 'false' }, '"f"."folder" = ?', ['/products/shoes/']],
    [{ tags: 'Red' }, `${tagsWith('in')} (?))`, ['red']],
    [{ tags: 'a,b' }, `(${tagsWith('in')} (?)) and ${tagsWith('in')} (?)))`, ['a', 'b']],
    [{ anyTags: 'a,B' }, `${tagsWith('in')} (?, ?))`, ['a', 'b']],
    [{ notTags: 'a' }, `not ${tagsWith('in')} (?))`, ['a']],
    [
      { q: 'Red Sneaker' },
      '(f.id IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?))',
      ['"red" AND "sneaker"'],
    ],
    [
      { q: 'red 42' },
      `(f.id IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?) AND f.search_text LIKE ? ESCAPE '\\')`,
      ['"red"', '%42%'],
    ],
    [{ q: '_%' }, "(f.search_text LIKE ? ESCAPE '\\')", ['%\\_\\%%']],
    [
      { q: 'say"hi' },
      '(f.id IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?))',
      ['"say""hi"'],
    ],
  ])('%j', (filters, sql, parameters) => {
    expect(where(filters)).toEqual({ sql, parameters });
  });

  it('when several filters are given, then all must hold', () => {
    expect(where({ untagged: 'true', region: 'none' }).sql).toBe(
      '("f"."tag_count" = ? and "f"."has_region" = ?)',
    );
  });

  it('when the database is PostgreSQL, then every word is a LIKE its trigram index serves', () => {
    expect(where({ q: 'red shoe' }, 'postgres')).toEqual({
      sql: "(f.search_text LIKE ? ESCAPE '\\' AND f.search_text LIKE ? ESCAPE '\\')",
      parameters: ['%red%', '%shoe%'],
    });
  });

  it('when the order index is to be walked, then SQLite sees every filter term hidden by a + and words tested per row', () => {
    const filters = FileFiltersSchema.parse({ untagged: 'true', anyTags: 'a', q: 'red' });
    const { sql } = db
      .selectFrom('f')
      .select('f.id')
      .where(allOf(filterConditions(filters, wordsScan, catalogOnSqlite.unindexedColumn)))
      .compile();
    expect(sql.replace(/^select "f"."id" from "f" where /, '')).toBe(
      `((f.search_text LIKE ? ESCAPE '\\') and +"f"."id" in (select "t"."file_id" from "catalog_file_tags" as "t" where "t"."tag_folded" in (?)) and +"f"."tag_count" = ?)`,
    );
    expect(where({ folder: '/a/' }, 'postgres', catalogOnPostgres.unindexedColumn).sql).toBe(
      '("f"."folder" >= ? and "f"."folder" < ?)',
    );
  });
});

describe('shouldWalkOrderIndex', () => {
  it.each([
    [100_000, 100_000, 100, true],
    [6_730, 100_000, 100, true],
    [2_000, 100_000, 100, false],
    [21, 100_000, 100, false],
    [10, 10, 100, false],
  ])('%i matches of %i files, page of %i: walk %s', (matches, files, limit, walk) => {
    expect(shouldWalkOrderIndex(matches, files, limit)).toBe(walk);
  });
});
