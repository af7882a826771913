import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewFileRecord } from '../files/file-record.ts';
import { parseSearchQuery } from '../search/search-parser.ts';
import { searchToSql } from '../search/search-to-sql.ts';
import { createFileRepository, type FileRepository } from './file-repository.ts';
import { fileRecord, SEARCH_CONTEXT, SEARCH_NOW } from '../testing/record-fixtures.ts';
import { openDatabase } from './open-database.ts';

const NOW = SEARCH_NOW;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const CONTEXT = SEARCH_CONTEXT;

function record(name: string, extra: Partial<NewFileRecord>): NewFileRecord {
  const id = name.replace('.', '-');
  return fileRecord(name, {
    id: `id-${id}`,
    versionId: `v-${id}`,
    createdAt: NOW - 400 * DAY,
    updatedAt: NOW - 400 * DAY,
    ...extra,
  });
}

const FILES: NewFileRecord[] = [
  record('a.jpg', {
    format: 'jpeg',
    width: 800,
    height: 600,
    size: 2 * 1024 * 1024,
    tags: ['sale', 'red'],
    aiTags: [{ name: 'Shoe', confidence: 90, source: 'google-auto-tagging' }],
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - HOUR / 2,
    customMetadata: {
      brand: 'Nike',
      price: 120,
      launch: '2024-02-01T00:00:00.000Z',
      active: true,
      fit: 'slim',
      colors: ['red', 'blue'],
    },
  }),
  record('b.png', {
    width: 300,
    height: 200,
    size: 50 * 1024,
    tags: ['new'],
    isPrivateFile: true,
    hasAlpha: true,
    createdAt: NOW - 3 * DAY,
    updatedAt: NOW - 3 * DAY,
    customMetadata: { brand: 'Adidas', price: 80.5, fit: 4.5, colors: ['green', 5] },
  }),
  record('c.webp', {
    format: 'webp',
    width: 1200,
    height: 1200,
    size: 900 * 1024,
    aiTags: [{ name: 'Bag', confidence: 70, source: 'aws-auto-tagging' }],
    isPublished: false,
    createdAt: Date.parse('2023-12-31T23:00:00Z'),
    updatedAt: Date.parse('2023-12-31T23:00:00Z'),
    customMetadata: {
      brand: 'Nikon',
      active: false,
      fit: true,
      colors: [true],
      launch: '2023-12-31T10:00:00.000Z',
    },
  }),
  record('d.png', { tags: ['red'] }),
];

let dataDir: string;
let db: Database.Database;
let files: FileRepository;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-library-search-'));
  db = openDatabase(dataDir);
  files = createFileRepository(db);
  FILES.forEach((file) => files.insert(file));
});
afterAll(() => {
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function search(query: string): string[] {
  return files
    .list({
      folder: null,
      fileType: 'all',
      sort: { column: 'NAME', descending: false },
      limit: 100,
      skip: 0,
      filter: searchToSql(parseSearchQuery(query)!, CONTEXT),
    })
    .map((file) => file.name);
}

describe('searchQuery run in SQLite, field by field', () => {
  const cases: [string, string[]][] = [
    ['name = "a.jpg"', ['a.jpg']],
    ['name : "c"', ['c.webp']],
    ['name IN ["a.jpg", "d.png", "x"]', ['a.jpg', 'd.png']],
    ['name NOT = "a.jpg"', ['b.png', 'c.webp', 'd.png']],
    ['name NOT IN ["a.jpg", "b.png"]', ['c.webp', 'd.png']],
    ['tags IN ["red"]', ['a.jpg', 'd.png']],
    ['tags IN ["Bag", "new"]', ['b.png', 'c.webp']],
    ['tags NOT IN ["red", "Shoe"]', ['b.png', 'c.webp']],
    ['type = "file"', ['a.jpg', 'b.png', 'c.webp', 'd.png']],
    ['type IN ["folder", "file-version"]', []],
    ['type NOT = "file"', []],
    ['createdAt > "7d"', ['b.png']],
    ['createdAt >= 30d', ['a.jpg', 'b.png']],
    ['createdAt < 1y', ['d.png']],
    ['createdAt = "2023-12-31"', ['c.webp']],
    ['createdAt IN ["2023-12-31", "2020-01-01"]', ['c.webp']],
    ['createdAt NOT IN ["2023-12-31"]', ['a.jpg', 'b.png', 'd.png']],
    ['createdAt < 2024-01-01T00:00:00 AND createdAt > 2023-12-31T22:59:59', ['c.webp']],
    ['updatedAt > 1h', ['a.jpg']],
    ['updatedAt <= 2d', ['b.png', 'c.webp', 'd.png']],
    ['width > 500', ['a.jpg', 'c.webp']],
    ['height <= 200', ['b.png', 'd.png']],
    ['width = 300', ['b.png']],
    ['width IN [10, 1200]', ['c.webp', 'd.png']],
    ['height NOT = 10', ['a.jpg', 'b.png', 'c.webp']],
    ['size > "1mb"', ['a.jpg']],
    ['size < 50kb', ['d.png']],
    ['size <= 50kb', ['b.png', 'd.png']],
    ['size >= "900kb" AND size < 1mb', ['c.webp']],
    ['format = "jpg"', ['a.jpg']],
    ['format IN ["png", "webp"]', ['b.png', 'c.webp', 'd.png']],
    ['private = true', ['b.png']],
    ['private = false', ['a.jpg', 'c.webp', 'd.png']],
    ['published = false', ['c.webp']],
    ['transparency = true', ['b.png']],
    ['"customMetadata.brand" = "Nike"', ['a.jpg']],
    ['"customMetadata.brand" : "Nik"', ['a.jpg', 'c.webp']],
    ['"customMetadata.brand" IN ["Adidas", "Puma"]', ['b.png']],
    ['"customMetadata.brand" NOT = "Nike"', ['b.png', 'c.webp', 'd.png']],
    ['"customMetadata.brand" NOT IN ["Nike", "Nikon"]', ['b.png', 'd.png']],
    ['"customMetadata.price" > 100', ['a.jpg']],
    ['"customMetadata.price" <= 80.5', ['b.png']],
    ['"customMetadata.price" IN [80.5, 1]', ['b.png']],
    ['"customMetadata.price" NOT = 120', ['b.png', 'c.webp', 'd.png']],
    ['"customMetadata.launch" > "2024-01-01"', ['a.jpg']],
    ['"customMetadata.launch" = "2023-12-31"', ['c.webp']],
    ['"customMetadata.launch" < 100d', ['a.jpg', 'c.webp']],
    ['"customMetadata.active" = true', ['a.jpg']],
    ['"customMetadata.active" = false', ['c.webp']],
    ['"customMetadata.fit" = "slim"', ['a.jpg']],
    ['"customMetadata.fit" = true', ['c.webp']],
    ['"customMetadata.fit" > 4', ['b.png']],
    ['"customMetadata.fit" : "sl"', ['a.jpg']],
    ['"customMetadata.fit" NOT IN ["slim", 4.5]', ['c.webp', 'd.png']],
    ['"customMetadata.colors" IN ["red"]', ['a.jpg']],
    ['"customMetadata.colors" IN [5, true]', ['b.png', 'c.webp']],
    ['"customMetadata.colors" NOT IN ["blue", "green"]', ['c.webp', 'd.png']],
    ['(size < "1mb" AND width > 500) OR (tags IN ["new", "missing"])', ['b.png', 'c.webp']],
    ['tags IN ["red"] AND (private = true OR "customMetadata.price" > 100)', ['a.jpg']],
  ];
  it.each(cases)('%s', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });
});

describe('query plans', () => {
  function plan(query: string): string {
    const { sql, params } = searchToSql(parseSearchQuery(query)!, CONTEXT);
    const rows = db
      .prepare(`EXPLAIN QUERY PLAN SELECT f.id FROM files f WHERE ${sql}`)
      .all(...params) as { detail: string }[];
    return rows.map((row) => row.detail).join('\n');
  }

  it.each([
    ['tags IN ["sale"]', /file_tags_tag/],
    ['"customMetadata.brand" = "Nike"', /file_metadata_value/],
    ['"customMetadata.price" > 100', /file_metadata_value/],
    ['size > "1mb"', /files_size/],
    ['format = "jpg"', /files_format/],
    ['createdAt > 7d', /files_created/],
  ])('answers %s from an index', (query, index) => {
    expect(plan(query)).toMatch(index);
  });
});

describe('the metadata index', () => {
  it('follows updates and is emptied when a field is removed', () => {
    const file = files.findById('id-a-jpg')!;
    files.update({ ...file, customMetadata: { ...file.customMetadata, brand: 'Puma' } });
    expect(search('"customMetadata.brand" = "Nike"')).toEqual([]);
    expect(search('"customMetadata.brand" = "Puma"')).toEqual(['a.jpg']);
    files.removeMetadataField('brand');
    expect(search('"customMetadata.brand" : ""')).toEqual([]);
    expect(files.findById('id-b-png')!.customMetadata).not.toHaveProperty('brand');
    expect(files.findById('id-b-png')!.customMetadata).toHaveProperty('price', 80.5);
  });
});
