import { describe, expect, it } from 'vitest';
import { hasSeparator, planAdditions, refusalMessage, splitTagText } from './tag-text.ts';

describe('splitTagText', () => {
  it.each([
    ['red, blue', ['red', 'blue']],
    ['red\nblue\r\ngreen', ['red', 'blue', 'green']],
    ['red\tblue', ['red', 'blue']],
    [' red ,, ,blue, ', ['red', 'blue']],
    ['summer sale', ['summer sale']],
    ['', []],
  ])('%j → %j', (text, parts) => expect(splitTagText(text)).toEqual(parts));

  it.each([
    ['a,b', true],
    ['a\nb', true],
    ['a b', false],
  ])('hasSeparator(%j) → %s', (text, expected) => expect(hasSeparator(text)).toBe(expected));
});

describe('planAdditions', () => {
  it.each([
    {
      name: 'adds every valid part in order',
      parts: ['blue', 'green'],
      current: ['red'],
      added: ['blue', 'green'],
      refused: [],
    },
    {
      name: 'refuses a tag already present, ignoring case',
      parts: ['RED', 'blue'],
      current: ['red'],
      added: ['blue'],
      refused: ['RED'],
    },
    {
      name: 'refuses a repeat within the parts',
      parts: ['blue', 'Blue'],
      current: [],
      added: ['blue'],
      refused: ['Blue'],
    },
    {
      name: 'refuses a forbidden character',
      parts: ['50%off', 'sale'],
      current: [],
      added: ['sale'],
      refused: ['50%off'],
    },
    {
      name: 'refuses what would pass the 500-character total',
      parts: ['a'.repeat(300), 'b'.repeat(300)],
      current: [],
      added: ['a'.repeat(300)],
      refused: ['b'.repeat(300)],
    },
  ])('$name', ({ parts, current, added, refused }) => {
    const plan = planAdditions(parts, current);
    expect(plan.added).toEqual(added);
    expect(plan.refused.map((r) => r.text)).toEqual(refused);
  });

  it('uses the given spelling of known tags', () => {
    const spelling = (tag: string) => (tag.toLowerCase() === 'sale' ? 'Sale' : tag);
    expect(planAdditions(['SALE'], []).added).toEqual(['SALE']);
    expect(planAdditions(['SALE'], [], spelling).added).toEqual(['Sale']);
  });
});

describe('refusalMessage', () => {
  it('names each refused part with its reason, or nothing', () => {
    expect(refusalMessage([])).toBeNull();
    expect(
      refusalMessage([
        { text: '50%', problem: 'Tags cannot contain "%".' },
        { text: 'red', problem: '"red" is already a tag (tags ignore case).' },
      ]),
    ).toBe(
      'Cannot add "50%": Tags cannot contain "%". Cannot add "red": "red" is already a tag (tags ignore case).',
    );
  });
});
