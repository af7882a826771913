import { describe, expect, it } from 'vitest';
import {
  findNearDuplicate,
  nearDuplicateKind,
  nearDuplicateSearches,
  singularKey,
  tagKey,
} from './tag-similarity.ts';

describe('tagKey', () => {
  it.each([
    ['T-Shirt', 'tshirt'],
    ['red shoe', 'redshoe'],
    ['Café_Crème', 'cafecreme'],
    ['sale 2019!', 'sale2019'],
    ['---', ''],
  ])('%j → %j', (tag, key) => expect(tagKey(tag)).toBe(key));
});

describe('singularKey', () => {
  it.each([
    ['sneakers', 'sneaker'],
    ['shoes', 'shoe'],
    ['boxes', 'box'],
    ['dresses', 'dress'],
    ['watches', 'watch'],
    ['accessories', 'accessory'],
    ['glass', 'glass'],
    ['bus', 'bus'],
    ['red', 'red'],
  ])('%j → %j', (key, singular) => expect(singularKey(key)).toBe(singular));
});

describe('nearDuplicateKind', () => {
  it.each([
    { tag: 'Sneaker', candidate: 'sneakers', kind: 'plural' },
    { tag: 'sneakers', candidate: 'sneaker', kind: 'plural' },
    { tag: 'tshirt', candidate: 't-shirt', kind: 'spelling' },
    { tag: 'T Shirt', candidate: 't-shirt', kind: 'spelling' },
    { tag: 'sneeker', candidate: 'sneaker', kind: 'typo' },
    { tag: 'sneaker', candidate: 'sneakr', kind: 'typo' },
    { tag: 'snneaker', candidate: 'sneaker', kind: 'typo' },
    { tag: 'leather', candidate: 'Leathers', kind: 'plural' },
    // The same tag in another case is not a near duplicate: it *is* the tag.
    { tag: 'SNEAKER', candidate: 'sneaker', kind: null },
    // Short words one letter apart are different words.
    { tag: 'red', candidate: 'bed', kind: null },
    { tag: 'blue', candidate: 'blur', kind: null },
    // A different number is a different campaign, not a typo.
    { tag: 'sale2019', candidate: 'sale2020', kind: null },
    { tag: 'sale2019', candidate: 'sale2018', kind: null },
    { tag: 'sneaker', candidate: 'speaker', kind: 'typo' },
    { tag: 'sneaker', candidate: 'streaker', kind: null },
    { tag: 'boot', candidate: 'boots', kind: 'plural' },
    { tag: 'summer', candidate: 'winter', kind: null },
  ])('$tag vs $candidate → $kind', ({ tag, candidate, kind }) => {
    expect(nearDuplicateKind(tag, candidate)).toBe(kind);
  });
});

describe('findNearDuplicate', () => {
  const vocabulary = [
    { name: 'sneaker', count: 40 },
    { name: 'sneakers', count: 3 },
    { name: 't-shirt', count: 12 },
    { name: 'speaker', count: 2 },
  ];

  it.each([
    { tag: 'Sneakers', expected: null, why: 'it exists in another case' },
    { tag: 'tshirt', expected: 't-shirt', why: 'only the separator differs' },
    { tag: 'sneeker', expected: 'sneaker', why: 'the first of the closest kind (most used)' },
    { tag: 'sneakerz', expected: 'sneaker', why: 'a typo of the most used' },
    { tag: 'summer', expected: null, why: 'nothing is close' },
  ])('$tag → $expected ($why)', ({ tag, expected }) => {
    expect(findNearDuplicate(tag, vocabulary)?.existing.name ?? null).toBe(expected);
  });

  it('prefers a spelling variant over a plural, whatever the order', () => {
    const found = findNearDuplicate('redshoe', [{ name: 'redshoes' }, { name: 'red-shoe' }]);
    expect(found).toEqual({ existing: { name: 'red-shoe' }, kind: 'spelling' });
  });
});

describe('nearDuplicateSearches', () => {
  it.each([
    { tag: 'tshirt', searches: ['tsh', 'irt'] },
    { tag: 'Sneakers', searches: ['sne', 'ers'] },
    { tag: 'red', searches: ['red'] },
    { tag: 'ab', searches: ['ab'] },
    { tag: '--', searches: [] },
  ])('$tag → $searches', ({ tag, searches }) => {
    expect(nearDuplicateSearches(tag)).toEqual(searches);
  });

  it('finds each near duplicate of the table above by substring', () => {
    for (const [tag, existing] of [
      ['tshirt', 't-shirt'],
      ['t-shirt', 'tshirt'],
      ['sneakers', 'sneaker'],
      ['sneaker', 'sneakers'],
      ['sneeker', 'sneaker'],
      ['snneaker', 'sneaker'],
    ] as const) {
      const found = nearDuplicateSearches(tag).some((q) => existing.toLowerCase().includes(q));
      expect(found, `${tag} → ${existing}`).toBe(true);
    }
  });
});
