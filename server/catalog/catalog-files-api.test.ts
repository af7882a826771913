import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileListQuerySchema, type FileSort } from '../../common/api/file-query.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { expectedMatches, sortValue } from './catalog-ground-truth.ts';

// Several real HTTP round trips per test: give a busy machine room.
vi.setConfig({ testTimeout: 20_000 });

/** A small library with every property the filters look at, in known combinations. */
const LIBRARY: Array<{
  name: string;
  folder: string;
  tags?: string[];
  region?: boolean;
  isPrivateFile?: boolean;
}> = [
  {
    name: 'red-sneaker-0001.jpg',
    folder: '/products/shoes/',
    tags: ['red', 'Red-Sneaker'],
    region: true,
  },
  { name: 'red-sneaker-0002.jpg', folder: '/products/shoes/', tags: ['red', 'summer sale'] },
  {
    name: 'blue-boot-0003.jpg',
    folder: '/products/shoes/boots/',
    tags: ['boot', 'blue'],
    region: true,
  },
  { name: 'gold-wristwatch.jpg', folder: '/products/watches/', tags: ['gold'] },
  { name: 'wristwatch-box.jpg', folder: '/products/watches/' },
  { name: 'tote.jpg', folder: '/products/bags/', tags: ['RED'], isPrivateFile: true },
  { name: 'tote.jpg', folder: '/campaigns/summer/', tags: ['summer sale', 'gold'], region: true },
  { name: 'shoes-sale-banner.jpg', folder: '/shoes-sale/' },
  { name: 'root-image.jpg', folder: '/', tags: ['boot'] },
  { name: 'Shredder.jpg', folder: '/products/home/', tags: ['kitchen'], region: true },
  {
    name: 'sandal-42.jpg',
    folder: '/products/shoes/',
    tags: ['red', 'boot', 'gold'],
    isPrivateFile: true,
  },
  { name: 'plain.jpg', folder: '/products/shoes/boots/', region: true },
  // By character codes "red-" < "red_" (the name order in both databases); a linguistic
  // collation such as en-US puts "_" first.
  { name: 'red_bag.jpg', folder: '/products/bags/' },
];

let t: TestApp;
let files: FileDetails[];

async function refreshTruth() {
  files = await Promise.all(files.map((f) => t.stored(f.fileId)));
}

beforeAll(async () => {
  t = await createTestApp();
  files = [];
  for (const spec of LIBRARY) {
    const file = await t.addImage(spec.name, { width: 200, height: 100 }, spec.tags, {
      folder: spec.folder,
      isPrivateFile: spec.isPrivateFile,
    });
    if (spec.region) await t.direct.files.update(file.fileId, { customCoordinates: '10,10,50,50' });
    files.push(file);
  }
  await refreshTruth();
  await t.syncCatalog();
}, 60_000);
afterAll(() => t.close());

async function list(query: Record<string, string>) {
  const { agent } = await t.signIn('viewer');
  return agent.get('/api/files').query(query);
}

/** Every page of a query, following nextCursor. */
async function everyPage(query: Record<string, string>) {
  const seen: FileDetails[] = [];
  const totals = new Set<number>();
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages += 1) {
    const res = await list({ ...query, ...(cursor && { cursor }) });
    expect(res.status).toBe(200);
    seen.push(...res.body.files);
    totals.add(res.body.total);
    cursor = res.body.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return { seen, totals };
}

const FILTERS: Array<Record<string, string>> = [
  {},
  { q: 'red' },
  { q: 'SNEAKER' },
  { q: 'summer boot' },
  { q: 'shoes' },
  { q: 'ed-sn' },
  { q: 'wristwatch' },
  { q: 'ed' },
  { q: 'red gold' },
  { tags: 'red' },
  { tags: 'RED,boot' },
  { tags: 'summer sale' },
  { anyTags: 'gold,kitchen' },
  { notTags: 'red' },
  { notTags: 'red,gold' },
  { untagged: 'true' },
  { untagged: 'false' },
  { region: 'set' },
  { region: 'none' },
  { folder: '/products/shoes/' },
  { folder: '/products/shoes', subfolders: 'false' },
  { folder: '/products/' },
  { folder: '/' },
  { folder: '/shoes' },
  { type: 'image' },
  { type: 'non-image' },
  { private: 'true' },
  { private: 'false' },
  { untagged: 'true', region: 'none' },
  { q: 'red', folder: '/products/', notTags: 'boot' },
  { anyTags: 'boot,gold', region: 'set', private: 'false' },
];

describe('GET /api/files from the catalog', () => {
  it.each(FILTERS)(
    'when the filter is %j, then the files and total match the ground truth',
    async (raw) => {
      const filters = FileListQuerySchema.parse(raw);
      const expected = expectedMatches(files, filters)
        .map((f) => f.fileId)
        .sort();
      const res = await list(raw);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(expected.length);
      expect(res.body.files.map((f: FileDetails) => f.fileId).sort()).toEqual(expected);
      expect(res.body.nextCursor).toBeNull();
    },
  );

  it.each(['name', '-name', 'created', '-created', 'updated', '-updated'] as FileSort[])(
    'when sorted by %s and read 3 at a time, then every file comes exactly once, in order',
    async (sort) => {
      const { seen, totals } = await everyPage({ sort, limit: '3' });
      expect([...totals]).toEqual([files.length]);
      expect(seen.map((f) => f.fileId).sort()).toEqual(files.map((f) => f.fileId).sort());
      const values = seen.map((f) => sortValue(f, sort));
      const ordered = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values).toEqual(sort.startsWith('-') ? ordered.reverse() : ordered);
    },
  );

  it('when sort keys tie (two files named tote.jpg), then paging one at a time still shows each once', async () => {
    const { seen } = await everyPage({ q: 'tote', sort: 'name', limit: '1' });
    expect(seen.map((f) => f.filePath).sort()).toEqual([
      '/campaigns/summer/tote.jpg',
      '/products/bags/tote.jpg',
    ]);
  });

  it('when a filtered list is paged, then the pages add up to the filter', async () => {
    const filters = { region: 'none', limit: '2', sort: 'name' };
    const { seen, totals } = await everyPage(filters);
    const expected = expectedMatches(files, FileListQuerySchema.parse(filters));
    expect([...totals]).toEqual([expected.length]);
    expect(seen.map((f) => f.fileId).sort()).toEqual(expected.map((f) => f.fileId).sort());
  });

  it('answers in ImageKit’s FileDetails shape, as ImageKit last described each file', async () => {
    const res = await list({ q: 'gold-wristwatch' });
    const truth = files.find((f) => f.name === 'gold-wristwatch.jpg')!;
    expect(res.body.files).toEqual([truth]);
  });

  it.each([
    [{ limit: '0' }, /limit/],
    [{ limit: '501' }, /limit/],
    [{ limit: 'ten' }, /limit/],
    [{ region: 'maybe' }, /region/],
    [{ untagged: 'yes' }, /untagged/],
    [{ sort: 'size' }, /sort/],
    [{ folder: 'products' }, /folder/],
    [{ tags: '50%' }, /tags/],
    [{ cursor: 'bogus' }, /cursor/],
    [{ colour: 'red' }, /colour/],
    [{ q: 'red', searchQuery: 'name = "x"' }, /"q"/],
  ])('when the query is %j, then 400 naming the parameter', async (query, name) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toMatch(name);
  });

  it('when a cursor is used with other filters than it came from, then 400 naming cursor', async () => {
    const first = await list({ limit: '2' });
    const res = await list({ limit: '2', region: 'set', cursor: first.body.nextCursor });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Invalid query: cursor: /);
  });
});

describe('GET /api/files with searchQuery (passed through to ImageKit)', () => {
  it('when paged by cursor, then it answers ImageKit’s files with no total', async () => {
    const first = await list({ searchQuery: 'tags IN ["red"]', sort: 'name', limit: '2' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: null, skip: 0, limit: 2, hasMore: true });
    const rest = await list({
      searchQuery: 'tags IN ["red"]',
      sort: 'name',
      limit: '2',
      cursor: first.body.nextCursor,
    });
    const names = [...first.body.files, ...rest.body.files].map((f: FileDetails) => f.name);
    expect(names).toEqual(['red-sneaker-0001.jpg', 'red-sneaker-0002.jpg', 'sandal-42.jpg']);
    expect(rest.body.nextCursor).toBeNull();
  });
});

describe('GET /api/folders', () => {
  it('when asked, then every folder counts its files and those of its subfolders', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get('/api/folders');
    expect(res.status).toBe(200);
    const shoes = expectedMatches(files, { folder: '/products/shoes/' });
    expect(res.body.folders).toContainEqual({
      path: '/products/shoes/',
      files: shoes.length,
      untagged: shoes.filter((f) => !f.tags?.length).length,
      noRegion: shoes.filter((f) => !f.customCoordinates).length,
    });
    expect(res.body.folders.map((f: { path: string }) => f.path)).toEqual([
      '/',
      '/campaigns/',
      '/campaigns/summer/',
      '/products/',
      '/products/bags/',
      '/products/home/',
      '/products/shoes/',
      '/products/shoes/boots/',
      '/products/watches/',
      '/shoes-sale/',
    ]);
    expect(res.body.folders[0].files).toBe(files.length);
  });
});
