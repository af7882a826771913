import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CatalogStatus } from '../../common/api/catalog.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Several real HTTP round trips per test: give a busy machine room.
vi.setConfig({ testTimeout: 20_000 });

/** Holds the sync's list calls when asked: the test then acts while a pass is mid-way. */
function listGate() {
  let held: { reached: () => void; release: Promise<void> } | null = null;
  let inFlight = 0;
  let maxInFlight = 0;
  const calls: Array<{ searchQuery?: string; sort?: string }> = [];
  return {
    calls,
    maxInFlight: () => maxInFlight,
    wrap: (gateway: ImageKitGateway): ImageKitGateway => ({
      ...gateway,
      async listFiles(params) {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        calls.push({ searchQuery: params.searchQuery, sort: params.sort });
        try {
          const files = await gateway.listFiles(params);
          const gate = held;
          if (gate && params.sort !== 'DESC_UPDATED') {
            held = null;
            gate.reached();
            await gate.release;
          }
          return files;
        } finally {
          inFlight -= 1;
        }
      },
    }),
    /** The next page the sync reads is held until `release()`; `reached` resolves when it is. */
    hold() {
      let release!: () => void;
      let reached!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const arrived = new Promise<void>((r) => (reached = r));
      held = { reached, release: released };
      return { reached: arrived, release };
    },
  };
}

const gate = listGate();
let t: TestApp;
let shoe: FileDetails;
let mug: FileDetails;
beforeAll(async () => {
  t = await createTestApp({ wrapGateway: gate.wrap, catalogSyncAtStart: true });
  shoe = await t.addImage('shoe.jpg', undefined, ['shoe', 'red']);
  mug = await t.addImage('mug.jpg', undefined, ['mug']);
});
afterAll(() => t.close());

async function viewer() {
  return (await t.signIn('viewer')).agent;
}
const namesTagged = async (tag: string) =>
  ((await (await viewer()).get('/api/files').query({ tags: tag })).body.files as FileDetails[]).map(
    (f) => f.name,
  );
const tagCount = async (tag: string) => {
  const res = await (await viewer()).get('/api/tags').query({ q: tag });
  return (res.body.tags as Array<{ name: string; count: number }>).find((x) => x.name === tag)
    ?.count;
};

describe('catalog sync', () => {
  it('when the server started, then it ran a full pass at once', async () => {
    const res = await (await viewer()).get('/api/catalog');
    expect(res.status).toBe(200);
    expect((res.body as CatalogStatus).lastFullSyncAt).not.toBeNull();
    expect(res.body.status).toBe('ready');
  });

  it('when files are added outside tagcrop, then they appear after the next sync, with counts', async () => {
    expect(await namesTagged('shoe')).toEqual([]);
    await t.syncCatalog();
    expect(await namesTagged('shoe')).toEqual(['shoe.jpg']);
    const status = (await (await viewer()).get('/api/catalog')).body as CatalogStatus;
    expect(status).toMatchObject({ status: 'ready', files: 2, untagged: 0, noRegion: 2, tags: 3 });
    expect(status.lastError).toBeNull();
  });

  it('when a file is changed through the SDK, then an incremental pass asks only for changes since its mark', async () => {
    await t.direct.files.update(mug.fileId, {
      tags: ['mug', 'kitchen'],
      customCoordinates: '1,1,5,5',
    });
    gate.calls.length = 0;
    await t.syncCatalog();
    expect(gate.calls).toEqual([
      {
        searchQuery: expect.stringMatching(/^updatedAt >= "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"$/),
        sort: 'ASC_UPDATED',
      },
    ]);
    expect(await namesTagged('kitchen')).toEqual(['mug.jpg']);
    const res = await (await viewer()).get('/api/files').query({ region: 'set' });
    expect(res.body.files.map((f: FileDetails) => f.fileId)).toEqual([mug.fileId]);
  });

  it('when a file is deleted outside, then an incremental pass keeps it and a reconcile removes it', async () => {
    const gone = await t.addImage('gone.jpg', undefined, ['doomed']);
    await t.syncCatalog();
    expect(await tagCount('doomed')).toBe(1);
    await t.direct.files.delete(gone.fileId);
    await t.syncCatalog();
    expect(await namesTagged('doomed')).toEqual(['gone.jpg']);
    const { agent, csrf } = await t.signIn('admin');
    const res = await agent.post('/api/catalog/sync').set(csrf).send({ full: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', files: 2 });
    expect(await namesTagged('doomed')).toEqual([]);
    expect(await tagCount('doomed')).toBeUndefined();
  });

  it('when a save lands while a sync holds older data, then the save is kept', async () => {
    await t.direct.files.update(shoe.fileId, { tags: ['outside'] });
    const held = gate.hold();
    const pass = t.syncCatalog();
    await held.reached;
    const status = (await (await viewer()).get('/api/catalog')).body as CatalogStatus;
    expect(status.status).toBe('syncing');
    expect(status.progress).toMatchObject({ kind: 'incremental' });

    const { agent, csrf } = await t.signIn('editor');
    const saved = await agent
      .patch(`/api/files/${shoe.fileId}/details`)
      .set(csrf)
      .send({ tags: ['mine'] });
    expect(saved.status).toBe(200);
    held.release();
    await pass;

    expect(await namesTagged('mine')).toEqual(['shoe.jpg']);
    expect(await namesTagged('outside')).toEqual([]);
    expect(await tagCount('mine')).toBe(1);
    expect(await tagCount('outside')).toBeUndefined();
    await t.syncCatalog();
    expect(await namesTagged('mine')).toEqual(['shoe.jpg']);
  });

  it('when passes are asked for while one runs, then they wait and run as one more', async () => {
    gate.calls.length = 0;
    const held = gate.hold();
    const first = t.syncCatalog();
    await held.reached;
    const waiting = [t.syncCatalog(), t.syncCatalog(true), t.syncCatalog()];
    held.release();
    await Promise.all([first, ...waiting]);
    expect(gate.maxInFlight()).toBe(1);
    // The running incremental pass, then one more, upgraded to a full one by the request for it.
    expect(gate.calls.map((c) => c.sort)).toEqual(['ASC_UPDATED', 'DESC_UPDATED', 'ASC_CREATED']);
  });

  it('when a file is read through tagcrop, then the catalog takes ImageKit’s answer', async () => {
    await t.direct.files.update(mug.fileId, { tags: ['read-through'] });
    expect((await (await viewer()).get(`/api/files/${mug.fileId}`)).status).toBe(200);
    expect(await namesTagged('read-through')).toEqual(['mug.jpg']);
    await t.direct.files.delete(mug.fileId);
    expect((await (await viewer()).get(`/api/files/${mug.fileId}`)).status).toBe(404);
    expect(await namesTagged('read-through')).toEqual([]);
  });

  it('when ImageKit fails during a pass, then the status says so until a pass succeeds', async () => {
    t.library.faults.set({ status: 503 }, { times: 1 });
    const { agent, csrf } = await t.signIn('admin');
    const failed = await agent.post('/api/catalog/sync').set(csrf).send({});
    expect(failed.status).toBe(502);
    const status = (await (await viewer()).get('/api/catalog')).body as CatalogStatus;
    expect(status.status).toBe('error');
    expect(status.lastError).toMatch(/ImageKit failed \(503\)/);
    const ok = await agent.post('/api/catalog/sync').set(csrf).send({});
    expect(ok.body).toMatchObject({ status: 'ready', lastError: null });
  });
});

describe('who may sync', () => {
  it.each([
    ['editor', {}, 403],
    ['admin', { full: 'yes' }, 400],
    ['admin', { fast: true }, 400],
  ] as const)('when %s sends %j, then %i', async (role, body, status) => {
    const { agent, csrf } = await t.signIn(role);
    const res = await agent.post('/api/catalog/sync').set(csrf).send(body);
    expect(res.status).toBe(status);
  });

  it('when the CSRF token is missing, then 403', async () => {
    const { agent } = await t.signIn('admin');
    expect((await agent.post('/api/catalog/sync').send({})).status).toBe(403);
  });
});
