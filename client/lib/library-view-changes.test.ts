import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type LibraryView } from './library-view.ts';
import {
  tagFilterMode,
  tagFilters,
  tagScopeOf,
  withFolder,
  withNeedsRegion,
  withNeedsTags,
  withoutFilters,
  withoutTagFilter,
  withTagFilter,
} from './library-view-changes.ts';

const view = (overrides: Partial<LibraryView>): LibraryView => ({ ...DEFAULT_VIEW, ...overrides });

describe('tag filters', () => {
  it.each([
    ['adds to "all"', DEFAULT_VIEW, 'red', 'all', view({ tags: ['red'] })],
    ['adds to "none"', view({ tags: ['a'] }), 'b', 'none', view({ tags: ['a'], notTags: ['b'] })],
    [
      'moves a tag from one list to another, ignoring case',
      view({ tags: ['Red', 'x'] }),
      'red',
      'any',
      view({ tags: ['x'], anyTags: ['red'] }),
    ],
    ['is idempotent', view({ tags: ['red'] }), 'red', 'all', view({ tags: ['red'] })],
  ] as const)('%s', (_name, before, tag, mode, expected) => {
    expect(withTagFilter(before, tag, mode)).toEqual(expected);
  });

  it('removes a tag from whichever list holds it', () => {
    const before = view({ tags: ['a'], anyTags: ['B'], notTags: ['c'] });
    expect(withoutTagFilter(before, 'b')).toEqual(view({ tags: ['a'], notTags: ['c'] }));
  });

  it('reports each tag with its mode', () => {
    const v = view({ tags: ['a'], anyTags: ['b', 'c'], notTags: ['d'] });
    expect(tagFilters(v)).toEqual([
      { tag: 'a', mode: 'all' },
      { tag: 'b', mode: 'any' },
      { tag: 'c', mode: 'any' },
      { tag: 'd', mode: 'none' },
    ]);
    expect(tagFilterMode(v, 'C')).toBe('any');
    expect(tagFilterMode(v, 'z')).toBeNull();
  });
});

describe('switches and folders', () => {
  it.each([
    ['needs tags on', withNeedsTags(DEFAULT_VIEW, true), view({ untagged: true })],
    ['needs tags off', withNeedsTags(view({ untagged: false }), false), DEFAULT_VIEW],
    ['needs region on', withNeedsRegion(DEFAULT_VIEW, true), view({ region: 'none' })],
    ['needs region off', withNeedsRegion(view({ region: 'set' }), false), DEFAULT_VIEW],
    [
      'a folder includes its subfolders again',
      withFolder(view({ folder: '/a/', subfolders: false }), '/b/'),
      view({ folder: '/b/' }),
    ],
    ['the root folder is no folder', withFolder(view({ folder: '/a/' }), '/'), DEFAULT_VIEW],
    [
      'clearing filters keeps the order',
      withoutFilters(view({ q: 'x', region: 'none', sort: 'name' }), DEFAULT_VIEW),
      view({ sort: 'name' }),
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('tagScopeOf (where the quick picks are counted)', () => {
  it.each([
    ['the whole library', DEFAULT_VIEW, DEFAULT_VIEW],
    [
      '"Needs tags" in a folder: the folder, tagged files included',
      view({ untagged: true, folder: '/shoes/', sort: 'name' }),
      view({ folder: '/shoes/' }),
    ],
    ['only tagged files: kept', view({ untagged: false }), view({ untagged: false })],
    [
      'a search and "Needs region": kept',
      view({ q: 'red', region: 'none', untagged: true }),
      view({ q: 'red', region: 'none' }),
    ],
  ])('%s', (_why, given, expected) => {
    expect(tagScopeOf(given)).toEqual(expected);
  });
});
