import { BadRequestError, toFile } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestLibrary, type TestLibrary } from '../testing/test-library.ts';
import { solidImage } from '../testing/test-images.ts';

let library: TestLibrary;

/** Uploaded in this order, so creation order is a, b, c, d, e. */
const FILES = [
  { name: 'a.png', folder: '/products/shoes/', size: [100, 50], tags: ['red', 'sale'] },
  { name: 'b.png', folder: '/products/shoes/', size: [200, 100], tags: ['blue'] },
  { name: 'c.png', folder: '/products/shoes/', size: [300, 200], tags: [] },
  { name: 'd.png', folder: '/products/', size: [50, 400], tags: ['sale'] },
  { name: 'e.png', folder: '/', size: [10, 10], tags: [] },
] as const;

beforeAll(async () => {
  library = await startTestLibrary();
  for (const file of FILES) {
    await library.client.files.upload({
      file: await toFile(await solidImage(file.size[0], file.size[1]), file.name),
      fileName: file.name,
      folder: file.folder,
      tags: [...file.tags],
      useUniqueFileName: false,
    });
  }
});
afterAll(() => library.stop());

async function names(params: Parameters<TestLibrary['client']['assets']['list']>[0]) {
  const assets = await library.client.assets.list(params);
  return assets.map((asset) => ('fileId' in asset ? asset.name : `folder:${asset.name}`));
}

describe('GET /v1/files through the official SDK', () => {
  const cases: [string, Parameters<TestLibrary['client']['assets']['list']>[0], string[]][] = [
    ['everything, oldest first by default', {}, ['a.png', 'b.png', 'c.png', 'd.png', 'e.png']],
    ['limit', { limit: 2 }, ['a.png', 'b.png']],
    ['limit and skip', { limit: 2, skip: 3 }, ['d.png', 'e.png']],
    ['skip past the end', { skip: 10 }, []],
    ['ASC_CREATED', { sort: 'ASC_CREATED' }, ['a.png', 'b.png', 'c.png', 'd.png', 'e.png']],
    ['DESC_CREATED', { sort: 'DESC_CREATED' }, ['e.png', 'd.png', 'c.png', 'b.png', 'a.png']],
    ['ASC_NAME', { sort: 'ASC_NAME' }, ['a.png', 'b.png', 'c.png', 'd.png', 'e.png']],
    ['ASC_UPDATED', { sort: 'ASC_UPDATED' }, ['a.png', 'b.png', 'c.png', 'd.png', 'e.png']],
    ['DESC_UPDATED', { sort: 'DESC_UPDATED' }, ['e.png', 'd.png', 'c.png', 'b.png', 'a.png']],
    ['ASC_WIDTH', { sort: 'ASC_WIDTH' }, ['e.png', 'd.png', 'a.png', 'b.png', 'c.png']],
    ['DESC_HEIGHT', { sort: 'DESC_HEIGHT' }, ['d.png', 'c.png', 'b.png', 'a.png', 'e.png']],
    [
      'ASC_RELEVANCE (by creation)',
      { sort: 'ASC_RELEVANCE' },
      ['a.png', 'b.png', 'c.png', 'd.png', 'e.png'],
    ],
    [
      'DESC_RELEVANCE (by creation)',
      { sort: 'DESC_RELEVANCE' },
      ['e.png', 'd.png', 'c.png', 'b.png', 'a.png'],
    ],
    ['DESC_NAME', { sort: 'DESC_NAME' }, ['e.png', 'd.png', 'c.png', 'b.png', 'a.png']],
    ['DESC_WIDTH', { sort: 'DESC_WIDTH' }, ['c.png', 'b.png', 'a.png', 'd.png', 'e.png']],
    ['ASC_HEIGHT', { sort: 'ASC_HEIGHT' }, ['e.png', 'a.png', 'b.png', 'c.png', 'd.png']],
    ['one folder, no subfolders', { path: '/products/' }, ['d.png']],
    [
      'one folder without the trailing slash',
      { path: '/products/shoes' },
      ['a.png', 'b.png', 'c.png'],
    ],
    ['the root folder', { path: '/' }, ['e.png']],
    ['non-image files', { fileType: 'non-image' }, []],
    ['name = exact', { searchQuery: 'name = "b.png"' }, ['b.png']],
    ['name : prefix', { searchQuery: 'name : "c"' }, ['c.png']],
    ['name IN', { searchQuery: 'name IN ["a.png", "e.png", "zzz.png"]' }, ['a.png', 'e.png']],
    ['tags IN', { searchQuery: 'tags IN ["sale"]' }, ['a.png', 'd.png']],
    ['tags IN with AND', { searchQuery: 'tags IN ["sale"] AND name : "d"' }, ['d.png']],
    [
      'OR in parentheses with AND',
      { searchQuery: '(tags IN ["blue"] OR name = "e.png") AND name : "b"' },
      ['b.png'],
    ],
    [
      'searchQuery within a path',
      { path: '/products/shoes/', searchQuery: 'tags IN ["sale"]' },
      ['a.png'],
    ],
    [
      'searchQuery with sort and limit',
      { searchQuery: 'tags IN ["sale", "blue"]', sort: 'DESC_NAME', limit: 2 },
      ['d.png', 'b.png'],
    ],
    ['folders', { type: 'folder' }, ['folder:products', 'folder:shoes']],
    ['folders inside a path', { type: 'folder', path: '/products/' }, ['folder:shoes']],
    ['folders then files', { type: 'all', path: '/products/' }, ['folder:shoes', 'd.png']],
    [
      'folders then files, paged across both',
      { type: 'all', path: '/products/', skip: 1 },
      ['d.png'],
    ],
    ['file versions (none kept)', { type: 'file-version' }, []],
  ];
  it.each(cases)('%s', async (_name, params, expected) => {
    expect(await names(params)).toEqual(expected);
  });

  it.each([
    ['ASC_SIZE', 1],
    ['DESC_SIZE', -1],
  ] as const)('%s orders by bytes', async (sort, direction) => {
    const sizes = (await library.client.assets.list({ sort })).map((asset) =>
      'size' in asset ? asset.size! : 0,
    );
    expect(sizes).toHaveLength(5);
    expect(sizes).toEqual([...sizes].sort((a, b) => (a - b) * direction));
  });

  it('answers folders in ImageKit FolderDetails shape', async () => {
    const [folder] = await library.client.assets.list({ type: 'folder', path: '/products/' });
    expect(folder).toEqual({
      type: 'folder',
      folderId: expect.stringMatching(/^[a-f0-9]{24}$/),
      name: 'shoes',
      folderPath: '/products/shoes',
      customMetadata: {},
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  const invalid: [Parameters<TestLibrary['client']['assets']['list']>[0], string][] = [
    [{ limit: 0 }, 'Minimum value of limit parameter is 1. Value sent is 0.'],
    [{ limit: 2000 }, 'Maximum value of limit parameter is 1000. Value sent is 2000.'],
    [
      { skip: -1 },
      'The value of skip parameter should be greater than or equal to 0. Value sent is -1.',
    ],
    [{ sort: 'SIDEWAYS' as never }, 'Your request contains invalid value for sort parameters.'],
    [
      { searchQuery: 'name = ' },
      'Your request contains invalid searchQuery parameter. Expected a value at position 8, found the end of the query.',
    ],
    [
      { searchQuery: 'color = "red"' },
      'Your request contains invalid searchQuery parameter. The field "color" is not supported. Supported fields: name, tags, type, createdAt, updatedAt, width, height, size, format, private, published, transparency and "customMetadata.<field>".',
    ],
    [
      { searchQuery: '(name = "a"' },
      'Your request contains invalid searchQuery parameter. Expected ")" at position 12, found the end of the query.',
    ],
    [
      { searchQuery: 'width > "wide"' },
      'Your request contains invalid searchQuery parameter. "width" needs a number, e.g. width > 100.',
    ],
    [
      { type: 'files' as never },
      'Your request contains invalid value for type parameter. Please provide one of the following: file, file-version, folder, all.',
    ],
    [
      { fileType: 'video' as never },
      'Your request contains invalid value for fileType parameter. Please provide one of the following: all, image, non-image.',
    ],
    [{ limit: 'ten' as never }, 'Your request contains invalid value for limit parameter.'],
  ];
  it.each(invalid)('answers 400 for %j', async (params, message) => {
    const error: unknown = await library.client.assets.list(params).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).error).toEqual({
      message,
      help: 'For support kindly contact us at support@imagekit.io.',
    });
  });
});
