import { afterEach, describe, expect, it } from 'vitest';
import { makeFile, makeDraft } from '../../testing/fixtures.ts';
import {
  baseOf,
  keptDraftKey,
  readKeptDraft,
  writeKeptDraft,
  type KeptDraft,
} from './kept-draft.ts';

const KEPT: KeptDraft = {
  owner: 'erin',
  basedOn: baseOf(makeFile({ tags: ['shoe'], customCoordinates: '1,2,3,4' })),
  draft: makeDraft({ tags: ['shoe', 'sale'], region: { x: 5, y: 6, width: 7, height: 8 } }),
};

afterEach(() => sessionStorage.clear());

describe('kept drafts', () => {
  it('when a draft is kept, then it reads back the same, under a key of its file', () => {
    writeKeptDraft('file_1', KEPT);
    expect(readKeptDraft('file_1')).toEqual(KEPT);
    expect(sessionStorage.getItem(keptDraftKey('file_1'))).not.toBeNull();
    expect(readKeptDraft('file_2')).toBeNull();
  });

  it('when it is forgotten, then nothing is left', () => {
    writeKeptDraft('file_1', KEPT);
    writeKeptDraft('file_1', null);
    expect(readKeptDraft('file_1')).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('never uses local storage', () => {
    writeKeptDraft('file_1', KEPT);
    expect(localStorage.length).toBe(0);
  });

  it.each([
    ['not JSON', '{'],
    ['another shape', JSON.stringify({ tags: ['a'] })],
    [
      'a region that is not coordinates',
      JSON.stringify({ ...KEPT, draft: { tags: [], customCoordinates: '1,2' } }),
    ],
  ])('when the stored text is %s, then there is no draft', (_name, text) => {
    sessionStorage.setItem(keptDraftKey('file_1'), text);
    expect(readKeptDraft('file_1')).toBeNull();
  });

  it('when the storage refuses, then keeping and reading fail quietly', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(() => writeKeptDraft('file_1', KEPT, refusing)).not.toThrow();
    expect(() => writeKeptDraft('file_1', null, refusing)).not.toThrow();
    expect(readKeptDraft('file_1', refusing)).toBeNull();
    expect(readKeptDraft('file_1', null)).toBeNull();
  });
});
