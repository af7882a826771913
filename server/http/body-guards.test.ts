import { describe, expect, it } from 'vitest';
import { findBodyProblem } from './body-guards.ts';

describe('findBodyProblem', () => {
  it.each([
    ['a plain object', { tags: ['a', 'été', '😀'], customMetadata: { brand: 'x' } }, null],
    ['a string that names a key', 'constructor', null],
    ['null', null, null],
    ['keys that only contain the words', { my_constructor: 1, __proto: 2 }, null],
    ['__proto__ at the top', JSON.parse('{"__proto__": {"polluted": 1}}'), /"__proto__"/],
    [
      'constructor in a nested object',
      { customMetadata: { a: { constructor: {} } } },
      /constructor/,
    ],
    ['prototype inside an array', { tags: [{ prototype: 1 }] }, /"prototype"/],
    ['__proto__ deep in arrays', JSON.parse('[[[[{"a":{"__proto__":1}}]]]]'), /__proto__/],
    ['half a surrogate pair in a value', JSON.parse('{"tags":["\\ud800"]}'), /Unicode/],
    ['half a surrogate pair in a key', JSON.parse('{"a\\udfff":1}'), /Unicode/],
  ])('%s', (_name, value, expected) => {
    const problem = findBodyProblem(value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('when nesting is far deeper than the call stack allows, then it still answers', () => {
    const deep = JSON.parse('['.repeat(100_000) + '{"__proto__":1}' + ']'.repeat(100_000));
    expect(findBodyProblem(deep)).toMatch(/__proto__/);
  });

  it('when an array is huge, then it still answers', () => {
    expect(findBodyProblem({ fileIds: Array.from({ length: 500_000 }, () => 'x') })).toBeNull();
  });
});
