import { describe, expect, it } from 'vitest';
import { makeFile } from '../../testing/fixtures.ts';
import { tagRenamePlan } from './tag-rename-plan.ts';

describe('tagRenamePlan', () => {
  it.each([
    ['rename or merge', 'Red', 'red', { add: ['red'], remove: ['Red'] }],
    ['delete', 'typo', null, { add: [], remove: ['typo'] }],
  ])('%s', (_name, from, to, change) => {
    const plan = tagRenamePlan(from, to, 12);
    expect(plan).toMatchObject({ kind: 'find', query: { tags: [from] }, count: 12, change });
  });

  it('keeps only the files with the exact spelling (the tag filter ignores case)', () => {
    const plan = tagRenamePlan('Red', 'red', 2);
    if (plan.kind !== 'find') throw new Error('a rename finds its files');
    expect(plan.keep(makeFile({ tags: ['Red', 'sale'] }))).toBe(true);
    expect(plan.keep(makeFile({ tags: ['red'] }))).toBe(false);
    expect(plan.keep(makeFile({ tags: null }))).toBe(false);
  });
});
