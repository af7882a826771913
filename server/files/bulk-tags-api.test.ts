import { toFile } from '@imagekit/nodejs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let ids: string[];
beforeAll(async () => {
  t = await createTestApp({ rateLimit: { limit: 4, intervalMs: 300 } });
  // Uploads are not rate-limited (as on ImageKit), so the 120 files go in straight away.
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#999' } })
    .jpeg()
    .toBuffer();
  ids = [];
  for (let i = 0; i < 120; i++) {
    const uploaded = await t.direct.files.upload({
      file: await toFile(image, `item-${i}.jpg`),
      fileName: `item-${i}.jpg`,
      tags: ['catalog', i % 2 ? 'odd' : 'even'],
    });
    ids.push(uploaded.fileId!);
  }
  await t.syncCatalog();
});
afterAll(() => t.close());

const bulk = async (body: object, role: 'editor' | 'viewer' = 'editor') => {
  const { agent, csrf } = await t.signIn(role);
  return agent.post('/api/bulk/tags').set(csrf).send(body);
};

describe('POST /api/bulk/tags', () => {
  it('when 120 files get a tag, then all are updated in chunks ImageKit accepts, keeping their other tags', async () => {
    const res = await bulk({ fileIds: ids, add: ['summer-sale'] });
    expect(res.status).toBe(200);
    expect(res.body.failed).toEqual([]);
    expect(res.body.updated).toEqual(ids);
    for (const id of [ids[0]!, ids[77]!, ids[119]!]) {
      const stored = await t.stored(id);
      expect(stored.tags).toContain('summer-sale');
      expect(stored.tags).toContain('catalog');
    }
  });

  it('when some files are missing, then the others are still updated and the missing ones reported', async () => {
    const res = await bulk({ fileIds: [ids[1]!, 'doesNotExist1', ids[2]!], add: ['flagged'] });
    expect(res.status).toBe(200);
    expect(res.body.updated).toEqual([ids[1], ids[2]]);
    expect(res.body.failed).toEqual([
      { fileId: 'doesNotExist1', message: 'The requested file does not exist.' },
    ]);
    expect((await t.stored(ids[2]!)).tags).toContain('flagged');
  });

  it('when tags are removed, then only those go', async () => {
    const res = await bulk({ fileIds: ids.slice(0, 60), remove: ['even', 'odd'] });
    expect(res.body.updated).toHaveLength(60);
    const stored = await t.stored(ids[10]!);
    expect(stored.tags).not.toContain('even');
    expect(stored.tags).toContain('catalog');
    expect((await t.stored(ids[61]!)).tags).toContain('odd');
  });

  it('when one file would pass 500 characters of tags, then it alone fails with ImageKit’s message', async () => {
    const { agent, csrf } = await t.signIn('editor');
    await agent
      .patch(`/api/files/${ids[5]}/details`)
      .set(csrf)
      .send({ tags: ['x'.repeat(490)] });
    const res = await bulk({ fileIds: [ids[4]!, ids[5]!, ids[6]!], add: ['twenty-characters-ok'] });
    expect(res.body.updated).toEqual([ids[4], ids[6]]);
    expect(res.body.failed).toHaveLength(1);
    expect(res.body.failed[0].fileId).toBe(ids[5]);
    expect(res.body.failed[0].message).toMatch(/500/);
  });

  it('when ImageKit is down, then the first chunk fails with the reason and the rest are not attempted', async () => {
    t.library.faults.set({ status: 503 }, { pathPrefix: '/v1/files/addTags' });
    try {
      const res = await bulk({ fileIds: ids, add: ['never'] });
      expect(res.status).toBe(200);
      expect(res.body.updated).toEqual([]);
      expect(res.body.failed).toHaveLength(120);
      expect(res.body.failed[0].message).toMatch(/ImageKit failed \(503\)/);
      expect(res.body.failed[119].message).toMatch(/^Not attempted: ImageKit failed/);
    } finally {
      t.library.faults.set(null);
    }
  });

  it('when the tag is new, then it shows up in suggestions with its exact count', async () => {
    const { agent } = await t.signIn('viewer');
    const res = await agent.get('/api/tags').query({ q: 'summer' });
    // One file lost it since to a PATCH that replaced its tags; ImageKit's own count decides.
    const carrying = await t.direct.assets.list({ searchQuery: 'tags IN ["summer-sale"]' });
    expect(res.body.tags).toContainEqual({ name: 'summer-sale', count: carrying.length });
    expect(carrying.length).toBe(119);
  });

  it.each([
    [{ fileIds: [], add: ['a'] }, /at least one file/],
    [{ fileIds: ['a', 'a'], add: ['x'] }, /twice/],
    [{ fileIds: ['ok'], add: [] }, /add or to remove/],
    [{ fileIds: ['ok'], add: ['x'], remove: ['X'] }, /both added and removed/],
    [{ fileIds: ['../etc'], add: ['x'] }, /fileId/],
    [{ fileIds: ['ok'], add: ['50%'] }, /%/],
    [{ fileIds: Array.from({ length: 10_001 }, (_, i) => `f${i}`), add: ['x'] }, /10000/],
    [{ fileIds: ['ok'], add: ['x'], tags: ['y'] }, /tags/],
  ])('when the body is %j, then 400', async (body, message) => {
    const res = await bulk(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('when a viewer tries, then 403', async () => {
    expect((await bulk({ fileIds: [ids[0]!], add: ['x'] }, 'viewer')).status).toBe(403);
  });
});
