import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TagCount } from '../../common/api/catalog.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Several real HTTP round trips per test: give a busy machine room.
vi.setConfig({ testTimeout: 20_000 });

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const shoes: Array<string[] | undefined> = [
    ['sneaker', 'red'],
    ['sneaker', 'blue'],
    ['sneaker', 'red'],
    undefined,
    undefined,
  ];
  for (const [i, tags] of shoes.entries()) {
    await t.addImage(`shoe-${i}.jpg`, undefined, tags, { folder: '/shoes/' });
  }
  for (const [i, tags] of [['bag'], ['bag'], ['bag'], ['bag', 'red']].entries()) {
    await t.addImage(`bag-${i}.jpg`, undefined, tags, { folder: '/bags/' });
  }
  await t.syncCatalog();
}, 60_000);
afterAll(() => t.close());

async function top(query: Record<string, string>) {
  const { agent } = await t.signIn('viewer');
  const res = await agent.get('/api/tags/top').query(query);
  return { status: res.status, tags: res.body.tags as TagCount[], body: res.body };
}

describe('GET /api/tags/top', () => {
  it('when asked for a folder, then its tags come most used first, ties by name', async () => {
    expect((await top({ folder: '/shoes/' })).tags).toEqual([
      { name: 'sneaker', count: 3 },
      { name: 'red', count: 2 },
      { name: 'blue', count: 1 },
    ]);
  });

  it('when asked with no filters, then the library-wide counts answer', async () => {
    expect((await top({ limit: '2' })).tags).toEqual([
      { name: 'bag', count: 4 },
      { name: 'red', count: 3 },
    ]);
  });

  it('when the filters leave only untagged files, then there is nothing to count', async () => {
    expect((await top({ folder: '/shoes/', untagged: 'true' })).tags).toEqual([]);
  });

  it('when filters combine (a tag and a folder), then only files matching all of them count', async () => {
    expect((await top({ tags: 'red', folder: '/bags/' })).tags).toEqual([
      { name: 'bag', count: 1 },
      { name: 'red', count: 1 },
    ]);
  });

  it('when the query has a key it does not take or a bad limit, then 400 names it', async () => {
    const unknown = await top({ sort: 'name' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/sort/);
    expect((await top({ limit: '51' })).status).toBe(400);
  });
});
