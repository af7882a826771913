import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../search/search-parser.ts';
import { searchToSql } from '../search/search-to-sql.ts';
import {
  createFileRepository,
  type FileListQuery,
  type FileRepository,
} from './file-repository.ts';
import { MIGRATIONS, migrate } from './migrations.ts';
import { fileRecord } from '../testing/record-fixtures.ts';
import { openDatabase } from './open-database.ts';

let dataDir: string;
let db: Database.Database;
let files: FileRepository;

function search(query: string, extra: Partial<FileListQuery> = {}): string[] {
  const node = parseSearchQuery(query);
  return files
    .list({
      folder: null,
      fileType: 'all',
      sort: { column: 'NAME', descending: false },
      limit: 100,
      skip: 0,
      filter: node ? searchToSql(node) : null,
      ...extra,
    })
    .map((file) => file.name);
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-db-'));
  db = openDatabase(dataDir);
  files = createFileRepository(db);
  files.insert(fileRecord('Shoe.png', { tags: ['red', 'sale'] }));
  files.insert(
    fileRecord('shoe-2.png', {
      aiTags: [{ name: 'Sneaker', confidence: 91.5, source: 'google-auto-tagging' }],
    }),
  );
  files.insert(
    fileRecord('bag.png', {
      tags: ['sale'],
      aiTags: [{ name: 'Bag', confidence: 80, source: 'aws-auto-tagging' }],
    }),
  );
  files.insert(fileRecord('shoebox.png'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('file repository', () => {
  it('stores and reads back a whole record with user and AI tags in order', () => {
    const inserted = files.insert(
      fileRecord('full.jpg', {
        tags: ['z', 'a', 'm'],
        aiTags: [{ name: 'Thing', confidence: 12.5, source: 'aws-auto-tagging' }],
        customCoordinates: '1,2,3,4',
        customMetadata: { brand: 'Nike' },
        description: 'd',
      }),
    );
    expect(files.findById('id-full.jpg')).toEqual(inserted);
    expect(files.findByPath('/full.jpg')).toEqual(inserted);
    expect(files.findById('nope')).toBeNull();
  });

  it('rewrites tags on update', () => {
    const file = files.findById('id-Shoe.png')!;
    files.update({ ...file, tags: ['new'], updatedAt: 2000 });
    expect(files.findById('id-Shoe.png')).toMatchObject({ tags: ['new'], updatedAt: 2000 });
    expect(search('tags IN ["red"]')).toEqual([]);
  });

  const cases: [string, string[]][] = [
    ['', ['Shoe.png', 'bag.png', 'shoe-2.png', 'shoebox.png']],
    ['tags IN ["sale"]', ['Shoe.png', 'bag.png']],
    ['tags IN ["Sneaker"]', ['shoe-2.png']],
    ['tags IN ["Bag", "red"]', ['Shoe.png', 'bag.png']],
    ['tags NOT IN ["sale"]', ['shoe-2.png', 'shoebox.png']],
    ['name : "shoe"', ['shoe-2.png', 'shoebox.png']],
    ['name : "Shoe"', ['Shoe.png']],
    ['name = "shoe.png"', []],
    ['name NOT IN ["bag.png", "Shoe.png"]', ['shoe-2.png', 'shoebox.png']],
    ['name : "shoe" AND tags IN ["Sneaker"] OR name = "bag.png"', ['bag.png', 'shoe-2.png']],
  ];
  it.each(cases)('searches %j', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it('answers tag searches from the tag index, not by scanning tags', () => {
    const node = parseSearchQuery('tags IN ["sale"]')!;
    const { sql, params } = searchToSql(node);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT f.id FROM files f WHERE ${sql}`)
      .all(...params) as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/file_tags_tag/);
  });
});

describe('migrations', () => {
  it('bring a new database to the latest version and are idempotent on reopen', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    db = openDatabase(dataDir);
    expect(createFileRepository(db).count()).toBe(4);
  });

  it('index the custom metadata that files had before the metadata index existed', () => {
    const old = new Database(path.join(dataDir, 'old.sqlite'));
    try {
      migrate(old, MIGRATIONS.slice(0, 1));
      old
        .prepare(
          `INSERT INTO files (id, name, folder, file_path, file_type, mime, format, width, height,
           size, has_alpha, is_private, is_published, custom_metadata, version_id, created_at,
           updated_at) VALUES ('f1', 'a.png', '/', '/a.png', 'image', 'image/png', 'png', 1, 1, 1,
           0, 0, 1, ?, 'f1', 1, 1)`,
        )
        .run(JSON.stringify({ brand: 'Nike', price: 5, sale: true, colors: ['red', 7], x: {} }));
      migrate(old);
      expect(
        old
          .prepare(
            'SELECT field, position, kind, value FROM file_metadata ORDER BY field, position',
          )
          .all(),
      ).toEqual([
        { field: 'brand', position: 0, kind: 'string', value: 'Nike' },
        { field: 'colors', position: 0, kind: 'string', value: 'red' },
        { field: 'colors', position: 1, kind: 'number', value: 7 },
        { field: 'price', position: 0, kind: 'number', value: 5 },
        { field: 'sale', position: 0, kind: 'boolean', value: 1 },
      ]);
    } finally {
      old.close();
    }
  });

  it('refuse a database from a newer version of the code', () => {
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDatabase(dataDir)).toThrow(/newer than this code knows/);
  });
});
