import type { QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeFile } from '../../testing/fixtures.ts';
import { createTestQueryClient } from '../../testing/render.tsx';
import { tagKeys } from '../tags/tag-keys.ts';
import { refreshAfterFileChange, type FileChange } from './file-cache.ts';
import { fileKeys } from './file-keys.ts';

const OLD_A = makeFile({ fileId: 'a', tags: ['old'] });
const NEW_A = makeFile({ fileId: 'a', tags: ['new'] });

function cacheWithEverything() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(fileKeys.list({ q: 'x' }), { pages: [] });
  queryClient.setQueryData(fileKeys.detail('a'), OLD_A);
  queryClient.setQueryData(fileKeys.detail('b'), makeFile({ fileId: 'b' }));
  queryClient.setQueryData(tagKeys.vocabulary(''), []);
  return queryClient;
}

describe('refreshAfterFileChange', () => {
  it.each<[string, FileChange, QueryKey[]]>([
    ['one file saved', { file: NEW_A }, [fileKeys.list({ q: 'x' }), tagKeys.vocabulary('')]],
    [
      'files uploaded',
      { added: [makeFile({ fileId: 'c' })] },
      [fileKeys.list({ q: 'x' }), tagKeys.vocabulary('')],
    ],
    [
      'a bulk run over a',
      { fileIds: ['a'] },
      [fileKeys.list({ q: 'x' }), fileKeys.detail('a'), tagKeys.vocabulary('')],
    ],
  ])(
    'when %s, then exactly the lists, its detail and the tag counts are stale',
    (_name, change, stale) => {
      const queryClient = cacheWithEverything();
      refreshAfterFileChange(queryClient, change);
      const invalidated = queryClient
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.isInvalidated)
        .map((q) => q.queryKey);
      expect(invalidated).toEqual(expect.arrayContaining(stale));
      expect(invalidated).toHaveLength(stale.length);
    },
  );

  it('when one file was saved, then its detail holds the saved version at once', () => {
    const queryClient = cacheWithEverything();
    refreshAfterFileChange(queryClient, { file: NEW_A });
    expect(queryClient.getQueryData(fileKeys.detail('a'))).toEqual(NEW_A);
  });
});
