import { describe, expect, it } from 'vitest';
import { buildSearchQuery, quoteSearchValue } from './search-query.ts';

describe('buildSearchQuery', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    ['red', 'name : "red" OR tags IN ["red"]'],
    ['  red shoe ', 'name : "red shoe" OR tags IN ["red shoe"]'],
    ['say "hi"', 'name : "say \\"hi\\"" OR tags IN ["say \\"hi\\""]'],
    ['a\\b', 'name : "a\\\\b" OR tags IN ["a\\\\b"]'],
    ['x" OR name : "y', 'name : "x\\" OR name : \\"y" OR tags IN ["x\\" OR name : \\"y"]'],
    ['sale]', 'name : "sale]" OR tags IN ["sale]"]'],
  ])('%j → %j', (text, expected) => {
    expect(buildSearchQuery(text)).toBe(expected);
  });
});

describe('quoteSearchValue', () => {
  it.each([
    ['plain', '"plain"'],
    ['"', '"\\""'],
    ['\\', '"\\\\"'],
    ['\\"', '"\\\\\\""'],
  ])('%j → %j', (text, expected) => {
    expect(quoteSearchValue(text)).toBe(expected);
  });
});
