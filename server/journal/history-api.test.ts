import { APIConnectionTimeoutError, APIError } from '@imagekit/nodejs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JOURNAL_ENTRY_HEADER, type HistoryEntry } from '../../common/api/history.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { toAppError } from '../imagekit/upstream-errors.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/** What the next save's call does: go through, or be lost before or after reaching ImageKit. */
let nextSave: 'normal' | 'refused' | 'lost-before' | 'lost-after' = 'normal';
const lost = () => toAppError(new APIConnectionTimeoutError(), 5000);
const refused = () =>
  toAppError(
    new APIError(
      503,
      { message: 'The service is temporarily unavailable.' },
      undefined,
      new Headers({ 'x-ik-requestId': 'req-503' }),
    ),
    5000,
  );
const interpose = (gateway: ImageKitGateway): ImageKitGateway => ({
  ...gateway,
  async updateDetails(fileId, changes) {
    const mode = nextSave;
    nextSave = 'normal';
    if (mode === 'lost-before') throw lost();
    if (mode === 'refused') throw refused();
    const answer = await gateway.updateDetails(fileId, changes);
    if (mode === 'lost-after') throw lost();
    return answer;
  },
});

// Each test makes several round trips through the app to the library over HTTP; on a busy
// machine that takes longer than vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ wrapGateway: interpose });
});
afterAll(() => t.close());

async function editor() {
  return t.signIn('editor');
}

async function save(fileId: string, body: object) {
  const { agent, csrf } = await editor();
  return agent.patch(`/api/files/${fileId}/details`).set(csrf).send(body);
}

async function history(fileId: string): Promise<HistoryEntry[]> {
  const { agent } = await t.signIn('viewer');
  const res = await agent.get(`/api/files/${fileId}/history`);
  expect(res.status).toBe(200);
  return res.body.entries;
}

async function revert(entryId: number) {
  const { agent, csrf } = await editor();
  return agent.post(`/api/history/${entryId}/revert`).set(csrf).send();
}

describe('GET /api/files/:fileId/history', () => {
  it('when a file is saved twice, then both changes are listed newest first, with before and after', async () => {
    const file = await t.addImage('history.jpg', undefined, ['shoe', 'red']);
    const first = await save(file.fileId, { tags: ['shoe', 'sale'] });
    await save(file.fileId, { customCoordinates: '10,20,300,200', description: 'A shoe' });
    const entries = await history(file.fileId);
    expect(entries.map((e) => e.action)).toEqual(['save', 'save']);
    expect(entries[1]).toMatchObject({
      id: Number(first.headers[JOURNAL_ENTRY_HEADER.toLowerCase()]),
      user: 'editor',
      status: 'applied',
      runId: null,
      before: { tags: ['shoe', 'red'], customCoordinates: null, description: '' },
      after: { tags: ['shoe', 'sale'], customCoordinates: null },
    });
    expect(entries[1]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entries[0]!.after).toMatchObject({
      customCoordinates: '10,20,300,200',
      description: 'A shoe',
    });
    expect(Date.parse(entries[0]!.at)).toBeGreaterThanOrEqual(Date.parse(entries[1]!.at));
  });

  it('when ImageKit refuses a save, then it is recorded as failed, not as a change', async () => {
    const file = await t.addImage('refused.jpg', { width: 100, height: 100 });
    nextSave = 'refused';
    expect((await save(file.fileId, { tags: ['never'] })).status).toBe(502);
    const [entry] = await history(file.fileId);
    expect(entry).toMatchObject({
      status: 'failed',
      after: { tags: ['never'] },
      requestId: 'req-503',
    });
    expect(entry!.message).toMatch(/503/);
    expect((await t.stored(file.fileId)).tags).toBeNull();
  });
});

describe('when ImageKit’s answer to a save is lost', () => {
  it('when the change went through, then the save answers 200 and is recorded as made', async () => {
    const file = await t.addImage('lost-after.jpg');
    nextSave = 'lost-after';
    const res = await save(file.fileId, { tags: ['made'] });
    expect(res.status).toBe(200);
    expect(res.body.tags).toEqual(['made']);
    const [entry] = await history(file.fileId);
    expect(entry).toMatchObject({ status: 'applied', after: { tags: ['made'] } });
    expect(entry!.message).toMatch(/reading the file back showed the change was made/);
  });

  it('when it did not, then the save answers 504 and is recorded as failed', async () => {
    const file = await t.addImage('lost-before.jpg');
    nextSave = 'lost-before';
    const res = await save(file.fileId, { tags: ['not-made'] });
    expect(res.status).toBe(504);
    const [entry] = await history(file.fileId);
    expect(entry).toMatchObject({ status: 'failed' });
    expect(entry!.message).toMatch(/showed the change was not made/);
  });
});

describe('POST /api/history/:entryId/revert', () => {
  it('when a save is reverted, then what it removed is back and what it added is gone, as a new change', async () => {
    const file = await t.addImage('revert.jpg', undefined, ['shoe', 'footwear']);
    const saved = await save(file.fileId, {
      tags: ['shoe', 'sale'],
      customCoordinates: '1,2,30,40',
    });
    const entryId = Number(saved.headers['x-journal-entry']);
    const res = await revert(entryId);
    expect(res.status).toBe(200);
    expect(res.body.file.tags).toEqual(['shoe', 'footwear']);
    expect(res.body.file.customCoordinates).toBeNull();
    expect(res.body.entry).toMatchObject({
      action: 'revert',
      revertOf: entryId,
      status: 'applied',
    });
    expect(res.headers.etag).toBeDefined();
    expect((await t.stored(file.fileId)).tags).toEqual(['shoe', 'footwear']);
  });

  it('when the file changed since, then tags merge as sets and later tags stay', async () => {
    const file = await t.addImage('revert-merge.jpg', undefined, ['shoe', 'red']);
    const saved = await save(file.fileId, { tags: ['shoe', 'sale'] });
    await save(file.fileId, { tags: ['shoe', 'sale', 'summer'] });
    const res = await revert(Number(saved.headers['x-journal-entry']));
    expect(res.status).toBe(200);
    expect(res.body.file.tags).toEqual(['shoe', 'summer', 'red']);
  });

  it('when someone moved the region since, then 409 says what is in the way and nothing changes', async () => {
    const file = await t.addImage('revert-conflict.jpg');
    const saved = await save(file.fileId, { customCoordinates: '0,0,100,100' });
    await save(file.fileId, { customCoordinates: '5,5,100,100' });
    const before = await t.stored(file.fileId);
    const res = await revert(Number(saved.headers['x-journal-entry']));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('revert_conflict');
    expect(res.body.conflicts).toEqual([
      {
        field: 'customCoordinates',
        expected: '0,0,100,100',
        current: '5,5,100,100',
        restore: null,
      },
    ]);
    expect(res.body.current.fileId).toBe(file.fileId);
    expect(await t.stored(file.fileId)).toEqual(before);
  });

  it('when a revert is reverted, then the change is back', async () => {
    const file = await t.addImage('revert-twice.jpg', undefined, ['a']);
    const saved = await save(file.fileId, { tags: ['a', 'b'] });
    const undone = await revert(Number(saved.headers['x-journal-entry']));
    const redone = await revert(undone.body.entry.id);
    expect(redone.body.file.tags).toEqual(['a', 'b']);
  });

  it('when the entry failed, does not exist, or a viewer asks, then the revert is refused', async () => {
    const file = await t.addImage('revert-refused.jpg');
    nextSave = 'refused';
    await save(file.fileId, { tags: ['x'] });
    const [failed] = await history(file.fileId);
    expect((await revert(failed!.id)).status).toBe(400);
    expect((await revert(999_999)).status).toBe(404);
    const { agent, csrf } = await t.signIn('viewer');
    expect((await agent.post(`/api/history/${failed!.id}/revert`).set(csrf)).status).toBe(403);
  });
});
