import { describe, expect, it } from 'vitest';
import { describeRewrite, rewriteProblems, type TagRewrite } from './tag-rewrite.ts';

const rename = (to: string): TagRewrite => ({ action: 'rename', from: 'red', to });
const merge = (to: string): TagRewrite => ({ action: 'merge', from: 'red', to });

describe('rewriteProblems', () => {
  it.each<[string, TagRewrite, boolean | null, string[]]>([
    ['a new name', rename('crimson'), false, []],
    ['a rename onto an existing tag (a merge)', rename('Red-ish'), true, []],
    ['a change of case only', rename('Red'), true, []],
    ['no name', rename('  '), null, ['Enter the new name.']],
    ['the same name', rename('red'), true, ['“red” is this tag’s name already.']],
    ['a forbidden character', rename('a,b'), false, ['Tags cannot contain ",".']],
    ['a merge into an existing tag', merge('crimson'), true, []],
    ['a merge into nothing', merge('crimson'), false, ['There is no tag “crimson” to merge into.']],
    ['a merge while looking it up', merge('crimson'), null, []],
    ['a merge with no target', merge(''), null, ['Choose the tag to merge into.']],
    ['a delete', { action: 'delete', from: 'red', to: null }, null, []],
  ])('%s', (_name, rewrite, exists, expected) => {
    expect(rewriteProblems(rewrite, exists)).toEqual(expected);
  });
});

describe('describeRewrite', () => {
  it.each<[TagRewrite, number, boolean, string]>([
    [
      { action: 'delete', from: 'typo', to: null },
      1,
      false,
      '“typo” will be removed from 1 image.',
    ],
    [
      rename('crimson'),
      1204,
      false,
      'The 1,204 images tagged “red” will be tagged “crimson” instead.',
    ],
    [
      merge('crimson'),
      2,
      true,
      'The 2 images tagged “red” will be tagged “crimson” instead; “crimson” already exists, so the two become one.',
    ],
  ])('%j', (rewrite, count, exists, expected) => {
    expect(describeRewrite(rewrite, count, exists)).toBe(expected);
  });
});
