import { describe, expect, it } from 'vitest';
import type { Region } from '../../../common/coordinates.ts';
import { mergeDrafts, theirChanges, type TheirChanges } from './draft-merge.ts';
import type { EditorDraft } from './editor-draft.ts';
import { makeDraft } from '../../testing/fixtures.ts';

const A: Region = { x: 10, y: 20, width: 300, height: 200 };
const B: Region = { x: 50, y: 20, width: 300, height: 200 };
const C: Region = { x: 0, y: 0, width: 40, height: 40 };

const draft = (tags: string[], region: Region | null = A): EditorDraft =>
  makeDraft({ tags, region });

describe('mergeDrafts', () => {
  const base = draft(['shoe', 'red', 'sale']);

  it.each<[string, EditorDraft, EditorDraft, EditorDraft]>([
    ['nobody changed anything', base, base, base],
    ['only they changed tags', base, draft(['shoe', 'blue']), draft(['shoe', 'blue'])],
    [
      'only I added a tag',
      draft(['shoe', 'red', 'sale', 'new']),
      base,
      draft(['shoe', 'red', 'sale', 'new']),
    ],
    [
      'we both added different tags: theirs first, then mine',
      draft(['shoe', 'red', 'sale', 'mine']),
      draft(['shoe', 'red', 'sale', 'theirs']),
      draft(['shoe', 'red', 'sale', 'theirs', 'mine']),
    ],
    [
      'we both added the same tag: once',
      draft(['shoe', 'red', 'sale', 'summer']),
      draft(['shoe', 'red', 'sale', 'summer']),
      draft(['shoe', 'red', 'sale', 'summer']),
    ],
    [
      'we added the same tag in different case: once, as they spelled it',
      draft(['shoe', 'red', 'sale', 'summer']),
      draft(['shoe', 'red', 'sale', 'Summer']),
      draft(['shoe', 'red', 'sale', 'Summer']),
    ],
    [
      'they removed a tag and I added one: both kept',
      draft(['shoe', 'red', 'sale', 'new']),
      draft(['shoe', 'sale']),
      draft(['shoe', 'sale', 'new']),
    ],
    [
      'I removed a tag they kept: removed',
      draft(['shoe', 'sale']),
      draft(['shoe', 'red', 'sale', 'theirs']),
      draft(['shoe', 'sale', 'theirs']),
    ],
    [
      'we both removed the same tag',
      draft(['shoe', 'sale']),
      draft(['shoe', 'sale']),
      draft(['shoe', 'sale']),
    ],
    [
      'I removed a tag they re-cased: removed',
      draft(['shoe', 'red']),
      draft(['shoe', 'red', 'Sale']),
      draft(['shoe', 'red']),
    ],
    [
      'I only changed a tag’s case: my spelling',
      draft(['shoe', 'red', 'Sale']),
      draft(['shoe', 'red', 'sale', 'theirs']),
      draft(['shoe', 'red', 'theirs', 'Sale']),
    ],
    [
      'I only reordered tags: their list (tags are a set)',
      draft(['sale', 'red', 'shoe']),
      draft(['shoe', 'red', 'sale', 'theirs']),
      draft(['shoe', 'red', 'sale', 'theirs']),
    ],
    [
      'I removed every tag, they added one',
      draft([]),
      draft(['shoe', 'red', 'sale', 'x']),
      draft(['x']),
    ],
    ['only they moved the region', base, draft(base.tags, B), draft(base.tags, B)],
    ['only I moved the region', draft(base.tags, B), base, draft(base.tags, B)],
    [
      'we both moved the region: mine',
      draft(base.tags, C),
      draft(base.tags, B),
      draft(base.tags, C),
    ],
    [
      'I cleared the region, they moved it: cleared',
      draft(base.tags, null),
      draft(base.tags, B),
      draft(base.tags, null),
    ],
    [
      'they cleared the region, I left it: cleared',
      base,
      draft(base.tags, null),
      draft(base.tags, null),
    ],
    [
      'tags from both and my region together',
      draft(['shoe', 'mine'], C),
      draft(['shoe', 'red', 'sale', 'theirs'], B),
      draft(['shoe', 'theirs', 'mine'], C),
    ],
  ])('when %s', (_name, mine, theirs, expected) => {
    expect(mergeDrafts(base, mine, theirs)).toEqual(expected);
  });

  it('when I added a region where there was none and so did they, then mine wins', () => {
    const bare = draft([], null);
    expect(mergeDrafts(bare, draft([], C), draft([], B))).toEqual(draft([], C));
  });

  it.each([
    { name: 'only I changed the description: mine', mine: 'Mine', theirs: 'Old', expected: 'Mine' },
    { name: 'only they changed it: theirs', mine: 'Old', theirs: 'Theirs', expected: 'Theirs' },
    { name: 'we both changed it: mine', mine: 'Mine', theirs: 'Theirs', expected: 'Mine' },
    { name: 'I emptied it, they changed it: empty', mine: '', theirs: 'Theirs', expected: '' },
  ])('description: when $name', ({ mine, theirs, expected }) => {
    const old = { ...base, description: 'Old' };
    const merged = mergeDrafts(old, { ...old, description: mine }, { ...old, description: theirs });
    expect(merged.description).toBe(expected);
  });

  it('keeps the AI tags I removed', () => {
    const mine = { ...base, removedAITags: ['Shoe'] };
    expect(mergeDrafts(base, mine, draft(['x'])).removedAITags).toEqual(['Shoe']);
  });

  it('does not change its inputs', () => {
    const mine = draft(['shoe', 'new']);
    const theirs = draft(['shoe', 'red', 'sale', 'x']);
    mergeDrafts(base, mine, theirs);
    expect(mine).toEqual(draft(['shoe', 'new']));
    expect(theirs).toEqual(draft(['shoe', 'red', 'sale', 'x']));
  });
});

describe('theirChanges', () => {
  const base = draft(['shoe', 'red']);

  it.each<[string, EditorDraft, TheirChanges]>([
    [
      'nothing',
      base,
      { addedTags: [], removedTags: [], region: 'same', descriptionChanged: false },
    ],
    [
      'tags added and removed',
      draft(['shoe', 'sale', 'new']),
      {
        addedTags: ['sale', 'new'],
        removedTags: ['red'],
        region: 'same',
        descriptionChanged: false,
      },
    ],
    [
      'region moved',
      draft(base.tags, B),
      { addedTags: [], removedTags: [], region: 'changed', descriptionChanged: false },
    ],
    [
      'region removed',
      draft(base.tags, null),
      { addedTags: [], removedTags: [], region: 'removed', descriptionChanged: false },
    ],
    [
      'only the order',
      draft(['red', 'shoe']),
      { addedTags: [], removedTags: [], region: 'same', descriptionChanged: false },
    ],
  ])('%s', (_name, theirs, expected) => {
    expect(theirChanges(base, theirs)).toEqual(expected);
  });

  it('tells when they changed the description', () => {
    const described = { ...base, description: 'A red shoe' };
    expect(theirChanges(base, described).descriptionChanged).toBe(true);
  });

  it('when the base had no region and theirs has one, then it was added', () => {
    expect(theirChanges(draft([], null), draft([], A)).region).toBe('added');
  });
});
