import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TagCount } from '../../common/api/catalog.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Several real HTTP round trips per test: give a busy machine room.
vi.setConfig({ testTimeout: 20_000 });

let t: TestApp;
let ids: string[];
beforeAll(async () => {
  t = await createTestApp();
  ids = [];
  const tagSets = [['red', 'shoe'], ['red'], ['Red', 'bag'], [], ['shoe', 'sale'], ['sale']];
  for (const [i, tags] of tagSets.entries()) {
    ids.push((await t.addImage(`item-${i}.jpg`, undefined, tags.length ? tags : undefined)).fileId);
  }
  await t.syncCatalog();
}, 30_000);
afterAll(() => t.close());

/** Every tag's count as ImageKit's files say, counted here (tags are case-sensitive there). */
async function countsInLibrary(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const id of ids) {
    for (const tag of (await t.stored(id)).tags ?? []) counts[tag] = (counts[tag] ?? 0) + 1;
  }
  return counts;
}

async function countsServed(): Promise<Record<string, number>> {
  const { agent } = await t.signIn('viewer');
  const res = await agent.get('/api/tags').query({ sort: 'name', limit: 100 });
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.tags as TagCount[]).map((tag) => [tag.name, tag.count]));
}

async function editor() {
  return t.signIn('editor');
}

describe('tag counts', () => {
  it('when the catalog is synced, then each tag counts its files exactly', async () => {
    expect(await countsServed()).toEqual(await countsInLibrary());
  });

  it('when one file is saved, then the counts are exact at once', async () => {
    const { agent, csrf } = await editor();
    await agent
      .patch(`/api/files/${ids[0]}/details`)
      .set(csrf)
      .send({ tags: ['shoe', 'new'] });
    expect(await countsServed()).toEqual(await countsInLibrary());
  });

  it('when a bulk change adds and removes, then the counts are exact when it answers', async () => {
    const { agent, csrf } = await editor();
    const res = await agent
      .post('/api/bulk/tags')
      .set(csrf)
      .send({ fileIds: ids, add: ['summer'], remove: ['sale', 'red'] });
    expect(res.body.failed).toEqual([]);
    expect(await countsServed()).toEqual(await countsInLibrary());
  });

  it('when a bulk change picks files by query, then only the matches change', async () => {
    const { agent, csrf } = await editor();
    const res = await agent
      .post('/api/bulk/tags')
      .set(csrf)
      .send({ query: { tags: ['shoe'] }, add: ['footwear'] });
    expect(res.status).toBe(200);
    const shoes = [];
    for (const id of ids) if ((await t.stored(id)).tags?.includes('shoe')) shoes.push(id);
    expect([...res.body.updated].sort()).toEqual(shoes.sort());
    expect(await countsServed()).toEqual(await countsInLibrary());
  });

  it('when a tag is renamed by a bulk run (add the new, remove the old), then it moves with its count', async () => {
    const { agent, csrf } = await editor();
    const before = (await countsServed()).summer!;
    await agent
      .post('/api/bulk/tags')
      .set(csrf)
      .send({ query: { tags: 'summer' }, add: ['summer-2026'], remove: ['summer'] });
    const after = await countsServed();
    expect(after['summer-2026']).toBe(before);
    expect(after.summer).toBeUndefined();
    expect(after).toEqual(await countsInLibrary());
  });

  it('when a bulk query matches more files than allowed, then 400 says how many matched', async () => {
    await expect(t.catalog.queries.matchingFileIds({}, 3)).rejects.toThrow(
      /^6 files match this query; a bulk change takes at most 3\./,
    );
  });

  it('when a bulk query is malformed, then 400 names the field', async () => {
    const { agent, csrf } = await editor();
    const res = await agent
      .post('/api/bulk/tags')
      .set(csrf)
      .send({ query: { region: 'maybe' }, add: ['x'] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/query\.region/);
  });
});

describe('GET /api/tags search', () => {
  it('when searching, then matches inside words, any case, closest first', async () => {
    const { agent, csrf } = await editor();
    await agent
      .patch(`/api/files/${ids[1]}/details`)
      .set(csrf)
      .send({ tags: ['ear', 'Earring', 'gear'] });
    await agent
      .patch(`/api/files/${ids[2]}/details`)
      .set(csrf)
      .send({ tags: ['gear', 'bear', 'éarly'] });
    const res = await (await t.signIn('viewer')).agent.get('/api/tags').query({ q: 'EAR' });
    // Equal, then starting with, then containing it (most used first, then by name). "éarly"
    // contains no "ear": only a linguistic collation (en-US) would file it under "starts with".
    expect(res.body.tags).toEqual([
      { name: 'ear', count: 1 },
      { name: 'Earring', count: 1 },
      { name: 'footwear', count: 2 },
      { name: 'gear', count: 2 },
      { name: 'bear', count: 1 },
    ]);
    expect(res.body.total).toBe(5);
    const page = await (
      await t.signIn('viewer')
    ).agent
      .get('/api/tags')
      .query({ q: 'ear', limit: 2 });
    expect(page.body).toEqual({ tags: res.body.tags.slice(0, 2), total: 5 });
  });

  it.each([
    [{ sort: 'count' }, 'count'],
    [{ sort: '-count' }, 'count'],
  ])('when sorted %j, then by %s', async (query) => {
    const res = await (await t.signIn('viewer')).agent.get('/api/tags').query(query);
    const counts = (res.body.tags as TagCount[]).map((tag) => tag.count);
    const ordered = [...counts].sort((a, b) => a - b);
    expect(counts).toEqual(query.sort === 'count' ? ordered : ordered.reverse());
  });

  it('when the tags are read a page at a time, then the pages add up to the total', async () => {
    const { agent } = await t.signIn('viewer');
    const all = (await agent.get('/api/tags').query({ sort: 'name', limit: 100 })).body;
    const names: string[] = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      const page = await agent.get('/api/tags').query({ sort: 'name', limit: 2, offset });
      names.push(...page.body.tags.map((tag: TagCount) => tag.name));
    }
    expect(names).toEqual(all.tags.map((tag: TagCount) => tag.name));
  });

  it('answers in file order too: the catalog page of a tag lists its files', async () => {
    const res = await (await t.signIn('viewer')).agent.get('/api/files').query({ tags: 'gear' });
    expect(res.body.files.map((f: FileDetails) => f.fileId).sort()).toEqual(
      [ids[1], ids[2]].sort(),
    );
  });
});
