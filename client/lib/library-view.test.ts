import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILE_SORT as SHARED_DEFAULT_SORT,
  FILE_SORTS as SHARED_SORTS,
  FileQuerySchema,
} from '../../common/api/file-query.ts';
import { DEFAULT_FILE_SORT, FILE_SORTS, fileQueryParams, type FileQuery } from './file-query.ts';
import {
  DEFAULT_VIEW,
  hasFilters,
  splitTags,
  viewFromQuery,
  viewFromSearchParams,
  viewKey,
  viewToQuery,
  type LibraryView,
} from './library-view.ts';

const view = (overrides: Partial<LibraryView>): LibraryView => ({ ...DEFAULT_VIEW, ...overrides });
const parse = (search: string) => viewFromSearchParams(new URLSearchParams(search));

// Each row: the URL's search, the view it means, the API query it asks, and the canonical URL.
const TABLE: Array<[string, string, LibraryView, FileQuery, string]> = [
  ['the whole library', '', DEFAULT_VIEW, {}, ''],
  ['needs tags', 'untagged=true', view({ untagged: true }), { untagged: true }, 'untagged=true'],
  ['has tags', 'untagged=false', view({ untagged: false }), { untagged: false }, 'untagged=false'],
  ['needs a region', 'region=none', view({ region: 'none' }), { region: 'none' }, 'region=none'],
  [
    'words, trimmed',
    'q=%20red%20shoe%20',
    view({ q: 'red shoe' }),
    { q: 'red shoe' },
    'q=red+shoe',
  ],
  [
    'tag lists, trimmed and once each ignoring case',
    'tags=red,%20sale,,Red&anyTags=a,b&notTags=old',
    view({ tags: ['red', 'sale'], anyTags: ['a', 'b'], notTags: ['old'] }),
    { tags: ['red', 'sale'], anyTags: ['a', 'b'], notTags: ['old'] },
    'tags=red%2Csale&anyTags=a%2Cb&notTags=old',
  ],
  [
    'a folder gets its trailing slash',
    'folder=/products//shoes',
    view({ folder: '/products/shoes/' }),
    { folder: '/products/shoes/' },
    'folder=%2Fproducts%2Fshoes%2F',
  ],
  [
    'a folder without its subfolders',
    'folder=/a/&subfolders=false',
    view({ folder: '/a/', subfolders: false }),
    { folder: '/a/', subfolders: false },
    'folder=%2Fa%2F&subfolders=false',
  ],
  ['subfolders mean nothing without a folder', 'subfolders=false', DEFAULT_VIEW, {}, ''],
  ['the root folder is the whole library', 'folder=/', DEFAULT_VIEW, {}, ''],
  ['the default order is left out', 'sort=-created', DEFAULT_VIEW, {}, ''],
  ['another order', 'sort=name', view({ sort: 'name' }), { sort: 'name' }, 'sort=name'],
  [
    'type and visibility',
    'type=image&private=false',
    view({ type: 'image', private: false }),
    { type: 'image', private: false },
    'type=image&private=false',
  ],
  [
    'keys come out in one order whatever order they came in',
    'sort=name&region=set&untagged=true&q=x',
    view({ q: 'x', untagged: true, region: 'set', sort: 'name' }),
    { q: 'x', untagged: true, region: 'set', sort: 'name' },
    'q=x&untagged=true&region=set&sort=name',
  ],
  [
    'unknown keys and malformed values are dropped, not fatal',
    'untagged=yes&region=maybe&sort=size&type=video&folder=shoes&private=1&skip=3&tags=a%25b',
    DEFAULT_VIEW,
    {},
    '',
  ],
  ['a folder with a query string in it is no folder', 'folder=/a?b', DEFAULT_VIEW, {}, ''],
];

describe('library view ⇄ URL ⇄ API query', () => {
  it.each(TABLE)('%s', (_name, search, expectedView, expectedQuery, canonical) => {
    const parsed = parse(search);
    expect(parsed).toEqual(expectedView);
    expect(viewToQuery(parsed)).toEqual(expectedQuery);
    expect(viewKey(parsed)).toBe(canonical);
    // The canonical URL reads back as the same view, and a saved query as well.
    expect(parse(canonical)).toEqual(expectedView);
    expect(viewFromQuery(expectedQuery)).toEqual(expectedView);
  });
});

describe('splitTags', () => {
  it.each([
    ['', []],
    [' , ,', []],
    ['a,b', ['a', 'b']],
    ['Sale, sale ,SALE', ['Sale']],
    ['ok,bad%tag', ['ok']],
  ])('%j → %j', (text, expected) => {
    expect(splitTags(text)).toEqual(expected);
  });
});

describe('hasFilters', () => {
  it.each([
    [DEFAULT_VIEW, false],
    [view({ sort: 'name' }), false],
    [view({ q: 'x' }), true],
    [view({ region: 'set' }), true],
  ])('%j → %s', (v, expected) => {
    expect(hasFilters(v)).toBe(expected);
  });
});

describe('the shared query schema', () => {
  it('knows the same orders', () => {
    expect([...FILE_SORTS].sort()).toEqual([...SHARED_SORTS].sort());
    expect(DEFAULT_FILE_SORT).toBe(SHARED_DEFAULT_SORT);
  });

  it.each(TABLE)('accepts the query of %s as it is, in JSON and in a URL', (_n, search) => {
    const query = viewToQuery(parse(search));
    expect(FileQuerySchema.parse(query)).toEqual(query);
    expect(FileQuerySchema.parse(fileQueryParams(query))).toEqual(query);
  });
});
