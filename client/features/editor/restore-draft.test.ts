import { describe, expect, it } from 'vitest';
import { makeFile, makeDraft } from '../../testing/fixtures.ts';
import { draftFromFile } from './editor-draft.ts';
import { baseOf, type KeptDraft } from './kept-draft.ts';
import { startEditing } from './restore-draft.ts';

const OPENED = makeFile({ tags: ['shoe', 'red'], customCoordinates: '1,2,3,4' });
const DRAFT = makeDraft({
  tags: ['shoe', 'red', 'sale'],
  region: { x: 1, y: 2, width: 3, height: 4 },
});
const KEPT: KeptDraft = { owner: 'erin', basedOn: baseOf(OPENED), draft: DRAFT };
const CHANGED = makeFile({
  tags: ['shoe'],
  customCoordinates: '9,9,9,9',
  updatedAt: '2026-11-02T09:00:00.000Z',
});

describe('startEditing', () => {
  it.each<[string, KeptDraft | null, string | null]>([
    ['no kept draft', null, 'erin'],
    ['a draft of another user', KEPT, 'sam'],
    ['a user who cannot edit', KEPT, null],
    ['a kept draft equal to the file', { ...KEPT, draft: draftFromFile(OPENED) }, 'erin'],
  ])('when there is %s, then the file opens as it is', (_name, kept, owner) => {
    expect(startEditing(OPENED, kept, owner)).toEqual({
      saved: OPENED,
      draft: draftFromFile(OPENED),
      isRestored: false,
      theirs: null,
    });
  });

  it('when the draft was made on the current version, then it comes back on that version', () => {
    expect(startEditing(OPENED, KEPT, 'erin')).toEqual({
      saved: OPENED,
      draft: DRAFT,
      isRestored: true,
      theirs: null,
    });
  });

  it('when the file changed since, then the draft stays on its old version and theirs is handed over', () => {
    const start = startEditing(CHANGED, KEPT, 'erin');
    expect(start.draft).toEqual(DRAFT);
    expect(start.isRestored).toBe(true);
    expect(start.theirs).toBe(CHANGED);
    expect(start.saved).toEqual({
      ...CHANGED,
      updatedAt: OPENED.updatedAt,
      tags: ['shoe', 'red'],
      customCoordinates: '1,2,3,4',
    });
  });
});
