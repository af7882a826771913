import { describe, expect, it } from 'vitest';
import { newTagProblem } from './tag-problems.ts';

describe('newTagProblem', () => {
  const long = 'x'.repeat(240);
  it.each([
    ['fresh tag', 'sale', ['red'], null],
    ['percent', '50%', [], 'Tags cannot contain "%".'],
    ['comma', 'a,b', [], 'Tags cannot contain ",".'],
    ['empty', '', [], 'A tag cannot be empty.'],
    ['duplicate ignoring case', 'Sale', ['sale'], '"sale" is already a tag (tags ignore case).'],
    ['too long alone', 'y'.repeat(501), [], 'A tag can have at most 500 characters.'],
    [
      'too long together',
      'y'.repeat(240),
      [long, 'abcdefghijklmnopqrst'],
      'Tags would be 502 characters together; ImageKit allows at most 500.',
    ],
    ['exactly 500 together', 'x'.repeat(259), [long], null],
  ])('%s', (_name, tag, current, expected) => {
    expect(newTagProblem(tag, current)).toBe(expected);
  });
});
