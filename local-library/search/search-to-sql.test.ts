import { describe, expect, it } from 'vitest';
import { SearchQueryError } from './search-ast.ts';
import { parseSearchQuery } from './search-parser.ts';
import { SEARCH_CONTEXT, SEARCH_NOW } from '../testing/record-fixtures.ts';
import { mentionsField, prefixUpperBound, searchToSql } from './search-to-sql.ts';

const NOW = SEARCH_NOW;
const CONTEXT = SEARCH_CONTEXT;

function compile(query: string, target: 'file' | 'folder' = 'file') {
  const node = parseSearchQuery(query);
  if (!node) throw new Error('blank query');
  return searchToSql(node, CONTEXT, target);
}

const TAG_SUBQUERY = 'SELECT t.file_seq FROM file_tags t WHERE t.tag IN';
const META = (condition: string) =>
  `SELECT m.file_seq FROM file_metadata m WHERE m.field = ? AND (${condition})`;

describe('searchToSql, for files', () => {
  const cases: [string, string, (string | number)[]][] = [
    ['name = "a.jpg"', 'f.name = ?', ['a.jpg']],
    ['name = a.jpg', 'f.name = ?', ['a.jpg']],
    ['name NOT = "a.jpg"', 'NOT (f.name = ?)', ['a.jpg']],
    ['name : "sho"', 'f.name >= ? AND f.name < ?', ['sho', 'shp']],
    ['name : ""', 'f.name IS NOT NULL', []],
    ['name IN ["a", "b"]', 'f.name IN (?, ?)', ['a', 'b']],
    ['name NOT IN ["a"]', 'NOT (f.name = ?)', ['a']],
    ['tags IN ["sale", "new"]', `f.seq IN (${TAG_SUBQUERY} (?, ?))`, ['sale', 'new']],
    ['tags NOT IN ["sale"]', `f.seq NOT IN (${TAG_SUBQUERY} (?))`, ['sale']],
    ['type = "file"', '1', []],
    ['type = "folder"', '0', []],
    ['type NOT IN ["folder", "file-version"]', '1', []],
    ['width > 500', 'f.width > ?', [500]],
    ['height <= "300"', 'f.height <= ?', [300]],
    ['width IN [1, 2]', 'f.width IN (?, ?)', [1, 2]],
    ['size < "1mb"', 'f.size < ?', [1024 * 1024]],
    ['size >= 10kb', 'f.size >= ?', [10 * 1024]],
    ['size = 2048', 'f.size = ?', [2048]],
    ['createdAt > "7d"', 'f.created_at > ?', [NOW - 7 * 24 * 3600 * 1000]],
    ['updatedAt < 1h', 'f.updated_at < ?', [NOW - 3600 * 1000]],
    ['createdAt >= 2024-01-01', 'f.created_at >= ?', [Date.parse('2024-01-01T00:00:00Z')]],
    [
      'createdAt = "2024-01-01"',
      'f.created_at >= ? AND f.created_at < ?',
      [Date.parse('2024-01-01T00:00:00Z'), Date.parse('2024-01-02T00:00:00Z')],
    ],
    [
      'createdAt NOT = 2024-01-01T10:00:00',
      'NOT (f.created_at >= ? AND f.created_at < ?)',
      [Date.parse('2024-01-01T10:00:00Z'), Date.parse('2024-01-01T10:00:01Z')],
    ],
    ['format = "jpg"', 'f.format IN (?)', ['jpeg']],
    ['format IN ["PNG", "webp"]', 'f.format IN (?, ?)', ['png', 'webp']],
    ['private = true', 'f.is_private = ?', [1]],
    ['published = false', 'f.is_published = ?', [0]],
    ['transparency = true', 'f.has_alpha = ?', [1]],
    [
      '"customMetadata.brand" = "Nike"',
      `f.seq IN (${META('m.kind = ? AND (m.value = ?)')})`,
      ['brand', 'string', 'Nike'],
    ],
    [
      '"customMetadata.brand" : "Ni"',
      `f.seq IN (${META('m.kind = ? AND (m.value >= ? AND m.value < ?)')})`,
      ['brand', 'string', 'Ni', 'Nj'],
    ],
    [
      '"customMetadata.brand" NOT IN ["A", "B"]',
      `f.seq NOT IN (${META('m.kind = ? AND (m.value IN (?, ?))')})`,
      ['brand', 'string', 'A', 'B'],
    ],
    [
      '"customMetadata.price" >= 10.5',
      `f.seq IN (${META('m.kind = ? AND (m.value >= ?)')})`,
      ['price', 'number', 10.5],
    ],
    [
      '"customMetadata.launch" = "2024-02-01"',
      `f.seq IN (${META('m.kind = ? AND (m.value >= ? AND m.value < ?)')})`,
      ['launch', 'string', '2024-02-01T00:00:00.000Z', '2024-02-02T00:00:00.000Z'],
    ],
    [
      '"customMetadata.active" = true',
      `f.seq IN (${META('m.kind = ? AND m.value = ?')})`,
      ['active', 'boolean', 1],
    ],
    [
      '"customMetadata.fit" > 4.3',
      `f.seq IN (${META('m.kind = ? AND (m.value > ?)')})`,
      ['fit', 'number', 4.3],
    ],
    [
      '"customMetadata.colors" IN ["red", 5, true]',
      `f.seq IN (${META('(m.kind = ? AND m.value = ?) OR (m.kind = ? AND m.value = ?) OR (m.kind = ? AND m.value = ?)')})`,
      ['colors', 'string', 'red', 'number', 5, 'boolean', 1],
    ],
    [
      'name = "a" AND (tags IN ["x"] OR width > 5)',
      `(f.name = ?) AND ((f.seq IN (${TAG_SUBQUERY} (?))) OR (f.width > ?))`,
      ['a', 'x', 5],
    ],
    ['name = "x\'); DROP TABLE files; --"', 'f.name = ?', ["x'); DROP TABLE files; --"]],
  ];
  it.each(cases)('%s', (query, sql, params) => {
    expect(compile(query)).toEqual({ sql, params });
  });
});

describe('searchToSql, for folders', () => {
  const cases: [string, string, (string | number)[]][] = [
    ['name : "sho"', 'd.name >= ? AND d.name < ?', ['sho', 'shp']],
    ['type = "folder"', '1', []],
    ['type = "file"', '0', []],
    ['createdAt < 2d', 'd.created_at < ?', [NOW - 2 * 24 * 3600 * 1000]],
    ['tags NOT IN ["x"]', '0', []],
    ['width > 5', '0', []],
    ['"customMetadata.brand" NOT = "x"', '0', []],
  ];
  it.each(cases)('%s', (query, sql, params) => {
    expect(compile(query, 'folder')).toEqual({ sql, params });
  });
});

describe('searchToSql, for conditions it cannot run', () => {
  const cases: [string, RegExp][] = [
    ['color = "red"', /field "color" is not supported\. Supported fields: name, tags, type/],
    ['tags = "sale"', /"tags" does not support "="\. Use one of: IN, NOT IN\./],
    ['name < "b"', /"name" does not support "<"/],
    ['name = 5', /"name" needs text values in double quotes/],
    ['tags IN ["a", 3]', /"tags" needs text values/],
    ['toString = "x"', /field "toString" is not supported/],
    ['type = "image"', /"type" can be "file", "file-version" or "folder"/],
    ['width > "wide"', /"width" needs a number, e.g. width > 100/],
    ['size < "1 megabyte"', /"size" needs a number, e.g. size < "1mb"/],
    ['createdAt > "last week"', /"createdAt" needs a date such as "2020-01-01"/],
    ['createdAt > 2024-02-30', /"createdAt" needs a date/],
    ['updatedAt < 5', /"updatedAt" needs a date/],
    ['format : "jp"', /"format" does not support ":"\. Use one of: =, IN\./],
    ['private = "true"', /"private" needs true or false without quotes/],
    ['published IN [true]', /"published" does not support "IN"/],
    ['transparency NOT = true', /"transparency" does not support "NOT ="/],
    ['"customMetadata.nope" = "x"', /custom metadata field "nope" does not exist/],
    ['"customMetadata.price" : "1"', /"customMetadata.price" does not support ":"/],
    ['"customMetadata.price" = "cheap"', /"customMetadata.price" needs a number/],
    ['"customMetadata.launch" > "soon"', /"customMetadata.launch" needs a date/],
    ['"customMetadata.active" = "yes"', /"customMetadata.active" needs true or false/],
    ['"customMetadata.colors" = "red"', /"customMetadata.colors" does not support "="/],
    ['"customMetadata.fit" >= "big"', /"customMetadata.fit" needs a number/],
    ['name HAS "x"', /"name" does not support "HAS"/],
  ];
  it.each(cases)('%s', (query, message) => {
    expect(() => compile(query)).toThrow(SearchQueryError);
    expect(() => compile(query)).toThrow(message);
  });
});

describe('mentionsField', () => {
  it.each([
    ['type = "folder"', true],
    ['name = "a" OR (width > 1 AND type IN ["file"])', true],
    ['name = "type"', false],
  ])('%s', (query, expected) => {
    expect(mentionsField(parseSearchQuery(query)!, 'type')).toBe(expected);
  });
});

describe('prefixUpperBound', () => {
  const cases: [string, string | null][] = [
    ['a', 'b'],
    ['abc', 'abd'],
    ['a\u{10FFFF}', 'b'],
    ['\u{10FFFF}', null],
    ['\uD7FF', '\uE000'],
    ['😀', '😁'],
  ];
  it.each(cases)('%j', (prefix, upper) => {
    expect(prefixUpperBound(prefix)).toBe(upper);
  });
});
