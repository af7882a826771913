import { describe, expect, it } from 'vitest';
import { makeFile, makeDraft } from '../../testing/fixtures.ts';
import {
  buildPatch,
  draftFromFile,
  draftProblems,
  imageSize,
  rebaseDraft,
} from './editor-draft.ts';

const region = { x: 120, y: 40, width: 800, height: 600 };

describe('draftFromFile', () => {
  it.each([
    [
      'tags and region',
      makeFile({ tags: ['a'], customCoordinates: '120,40,800,600' }),
      makeDraft({ tags: ['a'], region }),
    ],
    [
      'nulls',
      makeFile({ tags: null, customCoordinates: null }),
      makeDraft({ tags: [], region: null }),
    ],
    [
      'unreadable region',
      makeFile({ tags: null, customCoordinates: 'junk' }),
      makeDraft({ tags: [], region: null }),
    ],
  ])('%s', (_name, file, expected) => {
    expect(draftFromFile(file)).toEqual(expected);
  });
});

describe('buildPatch', () => {
  const saved = makeFile({ tags: ['shoe', 'red'], customCoordinates: '120,40,800,600' });
  it.each([
    ['nothing changed', makeDraft({ tags: ['shoe', 'red'], region }), {}],
    [
      'tag added',
      makeDraft({ tags: ['shoe', 'red', 'sale'], region }),
      { tags: ['shoe', 'red', 'sale'] },
    ],
    ['all tags removed → null', makeDraft({ tags: [], region }), { tags: null }],
    [
      'region moved',
      makeDraft({ tags: ['shoe', 'red'], region: { ...region, x: 121 } }),
      { customCoordinates: '121,40,800,600' },
    ],
    [
      'region cleared → null',
      makeDraft({ tags: ['shoe', 'red'], region: null }),
      { customCoordinates: null },
    ],
    [
      'both',
      makeDraft({ tags: ['shoe'], region: { x: 0, y: 0, width: 10, height: 10 } }),
      { tags: ['shoe'], customCoordinates: '0,0,10,10' },
    ],
  ])('%s', (_name, draft, expected) => {
    expect(buildPatch(saved, draft)).toEqual(expected);
  });

  it('when the saved file has no tags or region and the draft is empty, then nothing is sent', () => {
    const bare = makeFile({ tags: null, customCoordinates: null });
    expect(buildPatch(bare, makeDraft({ tags: [], region: null }))).toEqual({});
  });
});

describe('draftProblems', () => {
  const image = { width: 3600, height: 2400 };
  it.each([
    ['valid', makeDraft({ tags: ['a'], region }), image, []],
    [
      'bad tag',
      makeDraft({ tags: ['a%'], region: null }),
      image,
      ['"a%": Tags cannot contain "%".'],
    ],
    [
      'region past the edge',
      makeDraft({ tags: [], region: { x: 3000, y: 0, width: 700, height: 10 } }),
      image,
      ['x + width is 3700, past the image width of 3600 px.'],
    ],
    [
      'region without a size',
      makeDraft({ tags: [], region }),
      null,
      ['This file has no pixel size, so it cannot have a region.'],
    ],
  ])('%s', (_name, draft, size, expected) => {
    expect(draftProblems(draft, size)).toEqual(expected);
  });
});

describe('imageSize', () => {
  it.each([
    [makeFile({ width: 3600, height: 2400 }), { width: 3600, height: 2400 }],
    [makeFile({ width: undefined, height: undefined }), null],
    [makeFile({ width: 0, height: 10 }), null],
  ])('%#', (file, expected) => {
    expect(imageSize(file)).toEqual(expected);
  });
});

describe('rebaseDraft', () => {
  const saved = makeFile({ tags: ['shoe', 'sale'], customCoordinates: '1,2,3,4' });
  const sent = makeDraft({ tags: ['shoe', ' sale'], region: { x: 1, y: 2, width: 3, height: 4 } });

  it('when nothing changed during the save, then the server values win', () => {
    expect(rebaseDraft(sent, sent, saved)).toEqual(draftFromFile(saved));
  });

  it('when the user edited during the save, then the newer edit is kept', () => {
    const current = { ...sent, tags: ['shoe', ' sale', 'new'] };
    expect(rebaseDraft(current, sent, saved)).toEqual(
      makeDraft({ tags: ['shoe', ' sale', 'new'], region: { x: 1, y: 2, width: 3, height: 4 } }),
    );
  });

  it('when the AI tags removed were sent as they are, then the removal is done', () => {
    const sentNow = { ...sent, removedAITags: ['Shoe'] };
    const stillListed = {
      ...saved,
      AITags: [{ name: 'Shoe', confidence: 91, source: 'google-auto-tagging' }],
    };
    expect(rebaseDraft(sentNow, sentNow, stillListed).removedAITags).toEqual([]);
  });

  it('keeps a description typed during the save, and AI tags removed meanwhile that are still there', () => {
    const withAI = {
      ...saved,
      description: 'sent',
      AITags: [{ name: 'Shoe', confidence: 91, source: 'google-auto-tagging' }],
    };
    const sentNow = { ...sent, description: 'sent', removedAITags: ['Boot'] };
    const current = { ...sentNow, description: 'typed later', removedAITags: ['Boot', 'Shoe'] };
    const rebased = rebaseDraft(current, sentNow, withAI);
    expect(rebased.description).toBe('typed later');
    expect(rebased.removedAITags).toEqual(['Shoe']);
  });
});

describe('description and AI tags', () => {
  const AI = [
    { name: 'Shoe', confidence: 91.5, source: 'google-auto-tagging' },
    { name: 'Footwear', confidence: 80, source: 'aws-auto-tagging' },
  ];
  const file = makeFile({ tags: ['red'], description: 'A red shoe', AITags: AI });

  it('reads the description, or an empty one when the file has none', () => {
    expect(draftFromFile(file).description).toBe('A red shoe');
    expect(draftFromFile(makeFile({ description: undefined })).description).toBe('');
  });

  it.each([
    {
      name: 'description changed',
      change: { description: 'Red running shoe' },
      patch: { description: 'Red running shoe' },
    },
    { name: 'description emptied → ""', change: { description: '' }, patch: { description: '' } },
    {
      name: 'an AI tag removed',
      change: { removedAITags: ['Shoe'] },
      patch: { removeAITags: ['Shoe'] },
    },
    { name: 'an AI tag the file no longer has', change: { removedAITags: ['Gone'] }, patch: {} },
  ])('buildPatch: $name', ({ change, patch }) => {
    expect(buildPatch(file, { ...draftFromFile(file), ...change })).toEqual(patch);
  });

  it('refuses a description longer than 1000 characters', () => {
    const long = makeDraft({ description: 'x'.repeat(1001) });
    expect(draftProblems(long, null)).toEqual([
      'The description has 1001 characters; it can have at most 1000.',
    ]);
  });
});
