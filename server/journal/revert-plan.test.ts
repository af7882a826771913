import { describe, expect, it } from 'vitest';
import { fileState as state } from '../../common/api/history.ts';
import { planRevert, revertTags } from './revert-plan.ts';

describe('revertTags: the change undone as sets, on the file as it is now', () => {
  it.each<[string, string[], string[], string[], string[]]>([
    // name, before, after, current, expected
    ['nothing changed since', ['shoe', 'red'], ['shoe', 'sale'], ['shoe', 'sale'], ['shoe', 'red']],
    [
      'a colleague added a tag since',
      ['shoe'],
      ['shoe', 'sale'],
      ['shoe', 'sale', 'new'],
      ['shoe', 'new'],
    ],
    ['a colleague removed the added tag already', ['shoe'], ['shoe', 'sale'], ['shoe'], ['shoe']],
    [
      'the removed tag is back already',
      ['shoe', 'red'],
      ['shoe'],
      ['shoe', 'red'],
      ['shoe', 'red'],
    ],
    ['the removed tag is back in another spelling', ['Red'], [], ['red'], ['red']],
    ['everything the file has was added', [], ['a', 'b'], ['a', 'b'], []],
    ['a tag the file had before is kept', ['sale'], ['sale', 'x'], ['sale', 'x'], ['sale']],
    ['tags are case-sensitive', ['Sale'], ['Sale', 'sale'], ['Sale', 'sale'], ['Sale']],
    [
      'a rename is undone',
      ['cutout', 'shoe'],
      ['shoe', 'cut-out'],
      ['shoe', 'cut-out'],
      ['shoe', 'cutout'],
    ],
  ])('when %s, then the tags are as expected', (_name, before, after, current, expected) => {
    expect(revertTags(before, after, current)).toEqual(expected);
  });
});

describe('planRevert', () => {
  it('when only tags changed, then the patch sets the merged tags and nothing else', () => {
    const plan = planRevert(
      state({ tags: ['a'] }),
      state({ tags: ['a', 'b'] }),
      state({ tags: ['a', 'b', 'c'] }),
    );
    expect(plan).toEqual({ changes: { tags: ['a', 'c'] }, conflicts: [] });
  });

  it('when the file holds what the change left, then region and description go back', () => {
    const before = state({ customCoordinates: '1,2,3,4', description: 'old' });
    const after = state({ customCoordinates: '5,6,7,8', description: 'new' });
    expect(planRevert(before, after, after).changes).toEqual({
      customCoordinates: '1,2,3,4',
      description: 'old',
    });
  });

  it('when the change set a region where there was none, then the revert unsets it', () => {
    const plan = planRevert(
      state(),
      state({ customCoordinates: '0,0,9,9' }),
      state({ customCoordinates: '0,0,9,9' }),
    );
    expect(plan.changes).toEqual({ customCoordinates: null });
  });

  it('when the file is already as before, then there is nothing to do', () => {
    const before = state({ tags: ['a'], customCoordinates: '1,1,1,1' });
    const after = state({ tags: ['a', 'b'], customCoordinates: '2,2,2,2' });
    expect(planRevert(before, after, before)).toEqual({ changes: null, conflicts: [] });
  });

  it('when someone moved the region since, then that is in the way and nothing is restored', () => {
    const before = state({ tags: ['a'], customCoordinates: '1,1,1,1' });
    const after = state({ tags: ['a', 'b'], customCoordinates: '2,2,2,2' });
    const current = state({ tags: ['a', 'b'], customCoordinates: '3,3,3,3' });
    expect(planRevert(before, after, current).conflicts).toEqual([
      { field: 'customCoordinates', expected: '2,2,2,2', current: '3,3,3,3', restore: '1,1,1,1' },
    ]);
  });

  it('when custom metadata changed, then each key is restored or unset on its own', () => {
    const before = state({ customMetadata: { brand: 'A' } });
    const after = state({ customMetadata: { brand: 'B', color: 'red' } });
    const current = state({ customMetadata: { brand: 'B', color: 'red', size: 4 } });
    expect(planRevert(before, after, current).changes).toEqual({
      customMetadata: { brand: 'A', color: null },
    });
  });

  it('when a key was changed again since, then it is in the way', () => {
    const plan = planRevert(
      state({ customMetadata: { brand: 'A' } }),
      state({ customMetadata: { brand: 'B' } }),
      state({ customMetadata: { brand: 'C' } }),
    );
    expect(plan.conflicts.map((c) => c.field)).toEqual(['customMetadata.brand']);
  });

  it('when putting the tags back would pass 500 characters, then the tags are in the way', () => {
    const long = 'x'.repeat(300);
    const plan = planRevert(state({ tags: [long] }), state(), state({ tags: ['y'.repeat(250)] }));
    expect(plan.conflicts.map((c) => c.field)).toEqual(['tags']);
  });

  it('when every tag goes, then the patch unsets them', () => {
    expect(planRevert(state(), state({ tags: ['a'] }), state({ tags: ['a'] })).changes).toEqual({
      tags: null,
    });
  });
});
