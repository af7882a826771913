import { describe, expect, it } from 'vitest';
import { MAX_TAGS_TOTAL_CHARS, TagListSchema, tagListProblems } from './tags.ts';

describe('tagListProblems', () => {
  it.each([
    { tags: [], problems: 0 },
    { tags: ['sneaker', 'red', 'summer-sale'], problems: 0 },
    { tags: ['Ünïcode', 'with space', 'emoji 👟'], problems: 0 },
    { tags: [''], problems: 1 },
    { tags: ['50%off'], problems: 1 },
    { tags: ['a,b'], problems: 1 },
    { tags: ['line\nbreak'], problems: 1 },
    { tags: ['next\u0085line'], problems: 1 },
    { tags: ['Red', 'red'], problems: 1 },
    { tags: ['x'.repeat(MAX_TAGS_TOTAL_CHARS)], problems: 0 },
    { tags: ['x'.repeat(MAX_TAGS_TOTAL_CHARS + 1)], problems: 2 },
    { tags: ['x'.repeat(250), 'y'.repeat(249)], problems: 0 },
    { tags: ['x'.repeat(250), 'y'.repeat(250)], problems: 1 },
  ])('$tags.length tags like "$tags.0" → $problems problem(s)', ({ tags, problems }) => {
    expect(tagListProblems(tags)).toHaveLength(problems);
  });

  it('names the offending tag and the rule', () => {
    expect(tagListProblems(['ok', '50%off'])).toEqual(['"50%off": Tags cannot contain "%".']);
  });
});

describe('TagListSchema', () => {
  it('trims before checking, so " red " and "red" are duplicates', () => {
    const result = TagListSchema.safeParse([' red ', 'red']);
    expect(result.success).toBe(false);
  });

  it('returns trimmed tags', () => {
    expect(TagListSchema.parse(['  summer ', 'sale'])).toEqual(['summer', 'sale']);
  });

  it.each([[null], ['red'], [[1, 2]], [{ 0: 'a' }]])('rejects %j', (value) => {
    expect(TagListSchema.safeParse(value).success).toBe(false);
  });
});
