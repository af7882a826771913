import { describe, expect, it } from 'vitest';
import { bestExisting, rankSuggestions } from './tag-suggestions.ts';

const tags = (...names: string[]) => names.map((name, i) => ({ name, count: 100 - i }));

describe('rankSuggestions', () => {
  it.each([
    {
      name: 'the tag itself, then starting with, then a word starting with, then containing',
      typed: 'sale',
      vocabulary: tags('wholesale', 'summer-sale', 'sales', 'Sale'),
      expected: ['Sale', 'sales', 'summer-sale', 'wholesale'],
    },
    {
      name: 'keeps the vocabulary order (most used first) within a rank',
      typed: 'sne',
      vocabulary: tags('sneakers', 'sneaker', 'snow'),
      expected: ['sneakers', 'sneaker'],
    },
    {
      name: 'drops what does not contain the text',
      typed: 'red',
      vocabulary: tags('blue', 'red'),
      expected: ['red'],
    },
    {
      name: 'empty text keeps everything as it came',
      typed: ' ',
      vocabulary: tags('b', 'a'),
      expected: ['b', 'a'],
    },
  ])('$name', ({ typed, vocabulary, expected }) => {
    expect(rankSuggestions(typed, vocabulary).map((t) => t.name)).toEqual(expected);
  });
});

describe('bestExisting', () => {
  it.each([
    { typed: 'sne', vocabulary: tags('unsnerved', 'sneaker'), expected: 'sneaker' },
    { typed: 'SNE', vocabulary: tags('sneaker'), expected: 'sneaker' },
    { typed: 'sne', vocabulary: tags('shoe'), expected: null },
  ])('$typed → $expected', ({ typed, vocabulary, expected }) => {
    expect(bestExisting(typed, vocabulary)?.name ?? null).toBe(expected);
  });
});
