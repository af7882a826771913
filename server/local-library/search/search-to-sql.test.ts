import { describe, expect, it } from 'vitest';
import { SearchQueryError } from './search-ast.ts';
import { parseSearchQuery } from './search-parser.ts';
import { prefixUpperBound, searchToSql } from './search-to-sql.ts';

function compile(query: string) {
  const node = parseSearchQuery(query);
  if (!node) throw new Error('blank query');
  return searchToSql(node);
}

const TAG_SUBQUERY = 'SELECT t.file_seq FROM file_tags t WHERE t.tag IN';

describe('searchToSql, for supported conditions', () => {
  const cases: [string, string, (string | number)[]][] = [
    ['name = "a.jpg"', 'f.name = ?', ['a.jpg']],
    ['name NOT = "a.jpg"', 'f.name <> ?', ['a.jpg']],
    ['name : "sho"', 'f.name >= ? AND f.name < ?', ['sho', 'shp']],
    ['name : ""', 'f.name IS NOT NULL', []],
    ['name IN ["a", "b"]', 'f.name IN (?, ?)', ['a', 'b']],
    ['name NOT IN ["a"]', 'f.name NOT IN (?)', ['a']],
    ['tags IN ["sale", "new"]', `f.seq IN (${TAG_SUBQUERY} (?, ?))`, ['sale', 'new']],
    ['tags NOT IN ["sale"]', `f.seq NOT IN (${TAG_SUBQUERY} (?))`, ['sale']],
    [
      'name = "a" AND (tags IN ["x"] OR name : "b")',
      `(f.name = ?) AND ((f.seq IN (${TAG_SUBQUERY} (?))) OR (f.name >= ? AND f.name < ?))`,
      ['a', 'x', 'b', 'c'],
    ],
    ['name = "x\'); DROP TABLE files; --"', 'f.name = ?', ["x'); DROP TABLE files; --"]],
  ];
  it.each(cases)('%s', (query, sql, params) => {
    expect(compile(query)).toEqual({ sql, params });
  });
});

describe('searchToSql, for conditions it cannot run', () => {
  const cases: [string, RegExp][] = [
    ['color = "red"', /field "color" is not supported\. Supported fields: name, tags\./],
    ['tags = "sale"', /"tags" does not support "="\. Use one of: IN, NOT IN\./],
    ['name < "b"', /"name" does not support "<"/],
    ['name = shoe', /"name" needs a quoted value/],
    ['name = 5', /"name" needs a quoted value/],
    ['tags IN ["a", 3]', /"tags" needs a list of quoted values/],
    ['toString = "x"', /field "toString" is not supported/],
  ];
  it.each(cases)('%s', (query, message) => {
    expect(() => compile(query)).toThrow(SearchQueryError);
    expect(() => compile(query)).toThrow(message);
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
