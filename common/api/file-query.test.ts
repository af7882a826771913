import { describe, expect, it } from 'vitest';
import {
  FileListQuerySchema,
  FileQuerySchema,
  fileQueryToSearchParams,
  splitTagList,
  splitWords,
} from './file-query.ts';

describe('splitWords', () => {
  it.each([
    ['', []],
    ['  red  ', ['red']],
    ['Red SNEAKER red', ['red', 'sneaker']],
    ['gold\twrist\nwatch', ['gold', 'wrist', 'watch']],
  ])('%j → %j', (q, words) => {
    expect(splitWords(q)).toEqual(words);
  });
});

describe('splitTagList', () => {
  it.each([
    ['a,b', ['a', 'b']],
    [' a , ,b,A ', ['a', 'b']],
    [
      ['Summer Sale', ' x '],
      ['Summer Sale', 'x'],
    ],
  ])('%j → %j', (value, tags) => {
    expect(splitTagList(value)).toEqual(tags);
  });
});

describe('FileListQuerySchema', () => {
  it('fills the defaults and reads URL text', () => {
    expect(
      FileListQuerySchema.parse({
        tags: 'red, sneaker',
        untagged: 'true',
        subfolders: 'false',
        folder: '/products/shoes',
      }),
    ).toEqual({
      tags: ['red', 'sneaker'],
      untagged: true,
      subfolders: false,
      folder: '/products/shoes/',
      limit: 100,
    });
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '501' }, 'limit'],
    [{ sort: 'size' }, 'sort'],
    [{ region: 'maybe' }, 'region'],
    [{ untagged: 'yes' }, 'untagged'],
    [{ type: 'video' }, 'type'],
    [{ folder: 'products' }, 'folder'],
    [{ tags: ',' }, 'tags'],
    [{ notTags: '50%' }, 'notTags'],
    [{ q: 'a b c d e f g h i j k' }, 'q'],
    [{ cursor: 'not a cursor!' }, 'cursor'],
    [{ bogus: '1' }, 'bogus'],
  ])('when given %j, then the problem names %s', (query, name) => {
    const result = FileListQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    const text = result.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    expect(text).toContain(name);
  });
});

describe('fileQueryToSearchParams', () => {
  it('round-trips through the schema', () => {
    const query = FileQuerySchema.parse({
      q: 'red shoe',
      anyTags: ['a', 'b'],
      region: 'none',
      private: false,
      sort: 'name',
    });
    const params = fileQueryToSearchParams(query);
    expect(params.toString()).toBe('q=red+shoe&anyTags=a%2Cb&region=none&private=false&sort=name');
    expect(FileQuerySchema.parse(Object.fromEntries(params))).toEqual(query);
  });
});
