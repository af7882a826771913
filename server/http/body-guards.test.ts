import { describe, expect, it } from 'vitest';
import { findBodyProblem } from './body-guards.ts';

describe('findBodyProblem', () => {
  it.each([
    ['a plain object', { tags: ['a', 'été', '😀'], customMetadata: { brand: 'x' } }, null],
    ['a string that names a key', 'constructor', null],
    ['null', null, null],
    ['keys that only contain the words', { my_constructor: 1, __proto: 2 }, null],
    [
      '__proto__ at the top',
      JSON.parse('{"__proto__": {"polluted": 1}}'),
      /^The request may not use the key "__proto__"\.$/,
    ],
    [
      'constructor in a nested object',
      { customMetadata: { a: { constructor: {} } } },
      /"constructor" \(at customMetadata\.a\)/,
    ],
    ['prototype inside an array', { tags: [{ prototype: 1 }] }, /"prototype" \(at tags\.0\)/],
    [
      '__proto__ deep in arrays',
      JSON.parse('[[[[{"a":{"__proto__":1}}]]]]'),
      /"__proto__" \(at 0\.0\.0\.0\.a\)/,
    ],
    [
      'half a surrogate pair in a value',
      JSON.parse('{"tags":["ok","\\ud800"]}'),
      /not valid Unicode \(at tags\.1\)/,
    ],
    ['half a surrogate pair in a key', JSON.parse('{"a":{"b\\udfff":1}}'), /key .* \(at a\)/],
  ])('%s', (_name, value, expected) => {
    const problem = findBodyProblem(value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('when nesting is far deeper than the call stack allows, then it still answers', () => {
    const deep = JSON.parse('['.repeat(100_000) + '{"__proto__":1}' + ']'.repeat(100_000));
    expect(findBodyProblem(deep)).toMatch(/"__proto__" \(at 0\.0\.0\.0\.0\.0\.0\.0\.…\)/);
  });

  it('when an array is huge, then it still answers', () => {
    expect(findBodyProblem({ fileIds: Array.from({ length: 500_000 }, () => 'x') })).toBeNull();
  });
});
