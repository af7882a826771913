import { describe, expect, it } from 'vitest';
import type { SearchNode } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';
import { parseSearchQuery } from './search-parser.ts';

const str = (value: string) => ({ kind: 'string', value }) as const;
const cond = (field: string, operator: string, value: unknown) => ({
  kind: 'condition',
  field,
  operator,
  value,
});

describe('parseSearchQuery, when the query is well formed', () => {
  const cases: [string, SearchNode | null][] = [
    ['', null],
    ['   ', null],
    ['name = "shoe.jpg"', cond('name', '=', str('shoe.jpg')) as SearchNode],
    ['name:"sho"', cond('name', ':', str('sho')) as SearchNode],
    [
      'name IN ["a.jpg", "b.jpg"]',
      cond('name', 'IN', { kind: 'list', items: [str('a.jpg'), str('b.jpg')] }) as SearchNode,
    ],
    ['tags in ["sale"]', cond('tags', 'IN', { kind: 'list', items: [str('sale')] }) as SearchNode],
    [
      'tags NOT IN ["x"]',
      cond('tags', 'NOT IN', { kind: 'list', items: [str('x')] }) as SearchNode,
    ],
    ['name NOT = "a"', cond('name', 'NOT =', str('a')) as SearchNode],
    ['width >= 500', cond('width', '>=', { kind: 'number', value: 500 }) as SearchNode],
    ['size < "1mb"', cond('size', '<', str('1mb')) as SearchNode],
    ['createdAt > 7d', cond('createdAt', '>', { kind: 'word', value: '7d' }) as SearchNode],
    ['private = true', cond('private', '=', { kind: 'boolean', value: true }) as SearchNode],
    [
      '"customMetadata.brand" = "Nike"',
      cond('customMetadata.brand', '=', str('Nike')) as SearchNode,
    ],
    ['"customMetadata.sku" EXISTS', cond('customMetadata.sku', 'EXISTS', null) as SearchNode],
    ['name = "say \\"hi\\""', cond('name', '=', str('say "hi"')) as SearchNode],
    [
      'createdAt < 2020-01-01T12:12:12',
      cond('createdAt', '<', { kind: 'word', value: '2020-01-01T12:12:12' }) as SearchNode,
    ],
    ['size > 50kb', cond('size', '>', { kind: 'word', value: '50kb' }) as SearchNode],
    ['name:red', cond('name', ':', { kind: 'word', value: 'red' }) as SearchNode],
    ['width:100', cond('width', ':', { kind: 'number', value: 100 }) as SearchNode],
    ['customMetadata.brand = "x"', cond('customMetadata.brand', '=', str('x')) as SearchNode],
    [
      '"customMetadata.colors" IN ["red", 5, true]',
      cond('customMetadata.colors', 'IN', {
        kind: 'list',
        items: [str('red'), { kind: 'number', value: 5 }, { kind: 'boolean', value: true }],
      }) as SearchNode,
    ],
  ];
  it.each(cases)('%s', (query, expected) => {
    expect(parseSearchQuery(query)).toEqual(expected);
  });

  it('binds AND tighter than OR and flattens chains', () => {
    expect(parseSearchQuery('name = "a" OR name = "b" AND tags IN ["t"] OR name = "c"')).toEqual({
      kind: 'or',
      children: [
        cond('name', '=', str('a')),
        {
          kind: 'and',
          children: [
            cond('name', '=', str('b')),
            cond('tags', 'IN', { kind: 'list', items: [str('t')] }),
          ],
        },
        cond('name', '=', str('c')),
      ],
    });
  });

  it('lets parentheses override precedence', () => {
    expect(parseSearchQuery('(name = "a" or name = "b") and tags IN ["t"]')).toEqual({
      kind: 'and',
      children: [
        { kind: 'or', children: [cond('name', '=', str('a')), cond('name', '=', str('b'))] },
        cond('tags', 'IN', { kind: 'list', items: [str('t')] }),
      ],
    });
  });
});

describe('parseSearchQuery, when the query is malformed', () => {
  const cases: [string, RegExp][] = [
    ['name', /Expected an operator after "name" at position 5/],
    ['name =', /Expected a value at position 7, found the end of the query/],
    ['name = "open', /string starting at position 8 has no closing quote/],
    ['name IN "a"', /Expected a list such as/],
    ['name IN ["a" "b"]', /Expected "," or "]" at position 14/],
    ['name IN []', /Expected a value at position 10/],
    ['(name = "a"', /Expected "\)" at position 12/],
    ['name = "a")', /Expected AND, OR or the end of the query at position 11/],
    ['name = "a" AND', /Expected a field name or "\("/],
    ['AND name = "a"', /Expected a field name or "\(" at position 1/],
    ['name NOT "a"', /Expected "=", "IN" or "EXISTS" after NOT/],
    ['name = "a" name = "b"', /Expected AND, OR or the end of the query at position 12/],
    ['name ~ "a"', /Unexpected character "~" at position 6/],
    ['name = ["a"]', /Expected a value at position 8/],
    [`${'('.repeat(60)}name = "a"${')'.repeat(60)}`, /nested deeper than 50/],
    [`name = "${'a'.repeat(10_001)}"`, /longer than 10000 characters/],
  ];
  it.each(cases)('%s', (query, message) => {
    expect(() => parseSearchQuery(query)).toThrow(SearchQueryError);
    expect(() => parseSearchQuery(query)).toThrow(message);
  });
});
