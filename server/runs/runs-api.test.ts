import { toFile } from '@imagekit/nodejs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunDetails, RunSummary } from '../../common/api/runs.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

// Each test makes several round trips through the app to the library over HTTP; on a busy
// machine that takes longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

let t: TestApp;
let image: Buffer;
beforeAll(async () => {
  t = await createTestApp();
  image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
});
afterAll(() => t.close());

/** `count` tiny files with the given tags, uploaded straight to the library, then synced. */
async function files(prefix: string, count: number, tags: (i: number) => string[]) {
  const ids = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const uploaded = await t.direct.files.upload({
        file: await toFile(image, `${prefix}-${i}.jpg`),
        fileName: `${prefix}-${i}.jpg`,
        tags: tags(i),
      });
      return uploaded.fileId!;
    }),
  );
  await t.syncCatalog();
  return ids;
}

async function post(path: string, body?: object, headers: Record<string, string> = {}) {
  const { agent, csrf } = await t.signIn('editor');
  return agent.post(path).set(csrf).set(headers).send(body);
}

const tagsOf = async (id: string) => (await t.stored(id)).tags ?? [];

describe('a bulk run and undoing it', () => {
  it('when a run adds a tag some files had, then undoing it takes the tag off only the others', async () => {
    const ids = await files('undo', 6, (i) => (i < 2 ? ['sale', 'red'] : ['red']));
    const run = await post('/api/bulk/tags', { fileIds: ids, add: ['sale'], remove: ['red'] });
    expect(run.status).toBe(200);
    expect(run.body.updated).toEqual(ids);
    expect(run.body.runId).toMatch(/^[0-9a-f-]{36}$/);
    for (const id of ids) expect(await tagsOf(id)).toEqual(['sale']);

    const undo = await post(`/api/runs/${run.body.runId}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({
      kind: 'undo',
      undoOf: run.body.runId,
      status: 'done',
      updated: 6,
    });
    for (const id of ids.slice(0, 2)) expect((await tagsOf(id)).sort()).toEqual(['red', 'sale']);
    for (const id of ids.slice(2)) expect(await tagsOf(id)).toEqual(['red']);

    const again = await post(`/api/runs/${run.body.runId}/undo`);
    expect(again.status).toBe(409);
    const { agent } = await t.signIn('viewer');
    const list = (await agent.get('/api/runs')).body.runs as RunSummary[];
    expect(list[0]).toMatchObject({ id: undo.body.id, user: 'editor', kind: 'undo' });
    expect(list[1]).toMatchObject({
      id: run.body.runId,
      kind: 'bulk-tags',
      change: { add: ['sale'], remove: ['red'] },
      total: 6,
      updated: 6,
      failed: 0,
      undoneBy: undo.body.id,
    });
  });

  it('when each file of a run is looked up, then its history names the run', async () => {
    const [id] = await files('history', 1, () => ['a']);
    const run = await post('/api/bulk/tags', { fileIds: [id], add: ['b'] });
    const { agent } = await t.signIn('viewer');
    const { entries } = (await agent.get(`/api/files/${id}/history`)).body;
    expect(entries[0]).toMatchObject({
      action: 'bulk-tags',
      runId: run.body.runId,
      status: 'applied',
      before: { tags: ['a'] },
      after: { tags: ['a', 'b'] },
    });
  });

  it('when the client prefers not to wait, then 202 with the run, which it follows to the end', async () => {
    const ids = await files('async', 120, () => []);
    const started = await post(
      '/api/bulk/tags',
      { fileIds: ids, add: ['later'] },
      { Prefer: 'respond-async' },
    );
    expect(started.status).toBe(202);
    expect(started.headers.location).toBe(`/api/runs/${started.body.id}`);
    expect(started.body).toMatchObject({ status: 'running', total: 120 });
    const { agent } = await t.signIn('viewer');
    let run: RunDetails;
    do run = (await agent.get(started.headers.location!)).body;
    while (run.status === 'running');
    expect(run).toMatchObject({
      status: 'done',
      done: 120,
      updated: 120,
      failures: [],
      notSentIds: [],
    });
  });
});

describe('undoing a run twice at once', () => {
  it('when Undo is asked twice at the same moment, then one undo starts and the other gets 409', async () => {
    const ids = await files('twice', 2, () => []);
    const run = await post('/api/bulk/tags', { fileIds: ids, add: ['once'] });
    const both = await Promise.all([
      post(`/api/runs/${run.body.runId}/undo`, undefined, { Prefer: 'respond-async' }),
      post(`/api/runs/${run.body.runId}/undo`, undefined, { Prefer: 'respond-async' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([202, 409]);
    const { agent } = await t.signIn('viewer');
    const undos = ((await agent.get('/api/runs')).body.runs as RunSummary[]).filter(
      (r) => r.undoOf === run.body.runId,
    );
    expect(undos).toHaveLength(1);
  });
});

describe('tag rewrites run on the server', () => {
  it('when a tag is renamed and the rename undone, then every file is back as it was', async () => {
    const ids = await files('rename', 3, (i) => (i === 0 ? ['Cutout', 'cutout-x'] : ['Cutout']));
    const renamed = await post('/api/tags/rewrite', {
      action: 'rename',
      from: 'Cutout',
      to: 'cut-out',
    });
    expect(renamed.body).toMatchObject({
      kind: 'tag-rename',
      tag: { from: 'Cutout', to: 'cut-out' },
      updated: 3,
    });
    expect(await tagsOf(ids[0]!)).toEqual(['cutout-x', 'cut-out']);
    const { agent } = await t.signIn('viewer');
    expect((await agent.get('/api/tags').query({ q: 'cut' })).body.tags).toEqual([
      { name: 'cut-out', count: 3 },
      { name: 'cutout-x', count: 1 },
    ]);
    await post(`/api/runs/${renamed.body.id}/undo`);
    expect((await tagsOf(ids[0]!)).sort()).toEqual(['Cutout', 'cutout-x']);
  });

  it('when a tag is merged into one that does not exist, then 400; into one that does, the two become one', async () => {
    const ids = await files('merge', 2, (i) => [i === 0 ? 'blu' : 'blue']);
    expect(
      (await post('/api/tags/rewrite', { action: 'merge', from: 'blu', to: 'bleu' })).status,
    ).toBe(400);
    const merged = await post('/api/tags/rewrite', { action: 'merge', from: 'blu', to: 'blue' });
    expect(merged.body).toMatchObject({ kind: 'tag-merge', updated: 1 });
    expect(await tagsOf(ids[0]!)).toEqual(['blue']);
  });

  it('when a tag is deleted, then it is gone from every file, and a tag nobody has is 404', async () => {
    const ids = await files('delete', 2, () => ['obsolete', 'kept']);
    const deleted = await post('/api/tags/rewrite', { action: 'delete', from: 'obsolete' });
    expect(deleted.body).toMatchObject({
      kind: 'tag-delete',
      updated: 2,
      change: { add: [], remove: ['obsolete'] },
    });
    for (const id of ids) expect(await tagsOf(id)).toEqual(['kept']);
    expect((await post('/api/tags/rewrite', { action: 'delete', from: 'obsolete' })).status).toBe(
      404,
    );
  });
});
