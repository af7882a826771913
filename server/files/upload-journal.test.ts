import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../common/api/history.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { entryFromRow } from '../journal/journal-store.ts';
import { startFaultProxy, type FaultKind, type FaultProxy } from '../testing/fault-proxy.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { plainPng } from '../testing/upload-images.ts';

let t: TestApp;
let proxy: FaultProxy;
let png: Buffer;
beforeAll(async () => {
  t = await createTestApp({
    timeoutMs: 1000,
    interpose: async (baseURL) => {
      proxy = await startFaultProxy(new URL(baseURL).origin);
      return `${proxy.origin}/local`;
    },
  });
  png = await plainPng(320, 240);
}, 30_000);
afterAll(async () => {
  await t.close();
  await proxy.close();
});

/** The next upload call to the library plays `fault`; every other call goes through. */
function failNextUpload(fault: FaultKind) {
  let played = false;
  proxy.setPlan((request) => {
    if (played || !request.path.includes('/files/upload')) return null;
    played = true;
    return fault;
  });
}

async function uploadAs(user: 'editor', fileName: string) {
  const { agent, csrf } = await t.signIn(user);
  return agent
    .post('/api/files')
    .set(csrf)
    .field('folder', '/journaled')
    .field('tags', 'new-in')
    .attach('file', png, { filename: fileName, contentType: 'image/png' });
}

const uploadEntries = async () =>
  (
    await t.db
      .selectFrom('journal_entries')
      .selectAll()
      .where('action', '=', 'upload')
      .orderBy('id')
      .execute()
  ).map(entryFromRow);

describe('uploads in the journal', () => {
  it('when an upload lands, then its history starts with who uploaded it, what it holds and the request id', async () => {
    proxy.setPlan(null);
    const res = await uploadAs('editor', 'boot.png');
    expect(res.status).toBe(201);
    const file = res.body as FileDetails;
    const { agent } = await t.signIn('editor');
    const history = await agent.get(`/api/files/${file.fileId}/history`);
    expect(history.status).toBe(200);
    const entries = history.body.entries as HistoryEntry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      fileId: file.fileId,
      user: 'editor',
      action: 'upload',
      status: 'applied',
      before: null,
      after: { tags: ['new-in'], customCoordinates: null },
    });
    expect(entries[0]!.requestId).toEqual(expect.any(String));
  });

  it('when ImageKit fails an upload with a 500, then it is recorded with its outcome unknown, never as a change', async () => {
    const before = (await uploadEntries()).length;
    failNextUpload('fail-before');
    const res = await uploadAs('editor', 'refused.png');
    expect(res.status).toBeGreaterThanOrEqual(500);
    const entries = await uploadEntries();
    expect(entries).toHaveLength(before + 1);
    // The proxy answered 500 before the library saw it: nothing landed, but a 500 cannot say so.
    expect(entries.at(-1)).toMatchObject({ fileId: null, user: 'editor', status: 'unknown' });
  });

  it('when the library stores an upload but its answer is lost, then the entry says the outcome is unknown', async () => {
    const before = (await uploadEntries()).length;
    const stored = (await t.direct.assets.list({ type: 'file', path: '/journaled' })).length;
    failNextUpload('fail-after');
    const res = await uploadAs('editor', 'lost.png');
    expect(res.status).toBeGreaterThanOrEqual(500);
    // It did land: that is why a lost answer can never be journaled as "failed".
    expect(await t.direct.assets.list({ type: 'file', path: '/journaled' })).toHaveLength(
      stored + 1,
    );
    const entries = await uploadEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ fileId: null, status: 'unknown' });
    expect(entries.at(-1)!.message).toMatch(/ImageKit/);
  });
});
