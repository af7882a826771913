import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadBatch } from '../../common/api/upload.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { plainPng } from '../testing/upload-images.ts';
import { spoolLeft, uploadState } from '../testing/upload-state.ts';

let t: TestApp;
let editor: { agent: TestAgent; csrf: Record<string, string> };
let png: Buffer;
const text = Buffer.from('not an image');

beforeAll(async () => {
  // Room for the batches below and then some; the limit's own test fills the window.
  t = await createTestApp({ upload: { rateLimit: '12/1m' } });
  editor = await t.signIn('editor');
  png = await plainPng(320, 240);
}, 30_000);
afterAll(() => t.close());

function upload(files: Array<[Buffer, string]>, fields: Record<string, string> = {}) {
  let req = editor.agent.post('/api/files').set(editor.csrf);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  for (const [data, name] of files) req = req.attach('file', data, name);
  return req;
}

describe('POST /api/files with several files', () => {
  it('when one file of a batch fails, then the others land and the answer says which did not (207)', async () => {
    const before = await uploadState(t, editor.agent);
    const res = await upload(
      [
        [png, 'one.png'],
        [text, 'notes.png'],
        [png, 'three.png'],
      ],
      { folder: '/batch/', tags: 'batch' },
    );
    expect(res.status).toBe(207);
    const batch = res.body as UploadBatch;
    expect(batch.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^one_/),
      expect.stringMatching(/^three_/),
    ]);
    expect(batch.files.every((f) => f.filePath.startsWith('/batch/'))).toBe(true);
    expect(batch.failed).toEqual([
      {
        fileName: 'notes.png',
        status: 415,
        error: {
          code: 'unsupported_media_type',
          message: expect.stringMatching(/^"notes\.png" is not an image we accept/),
        },
      },
    ]);
    const after = await uploadState(t, editor.agent);
    const added = batch.files.map((f) => f.fileId).sort();
    expect(after.library).toEqual([...before.library, ...added].sort());
    expect(after.catalog).toEqual([...before.catalog, ...added].sort());
    const tagged = await editor.agent.get('/api/files').query({ tags: 'batch', folder: '/batch/' });
    expect(tagged.body.total).toBe(2);
    await expect.poll(() => spoolLeft(t)).toEqual([]);
  });

  it('when every file lands, then 201 with all of them', async () => {
    const res = await upload([
      [png, 'a.png'],
      [png, 'b.png'],
    ]);
    expect(res.status).toBe(201);
    expect((res.body as UploadBatch).files).toHaveLength(2);
    expect((res.body as UploadBatch).failed).toEqual([]);
  });

  it('when no file of a batch lands, then their 4xx, each named, and nothing created', async () => {
    const before = await uploadState(t, editor.agent);
    const res = await upload([
      [text, 'x.png'],
      [text, 'y.png'],
    ]);
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/^None of the 2 files was uploaded: "x\.png"/);
    expect(res.body.error.details).toHaveLength(2);
    expect(await uploadState(t, editor.agent)).toEqual(before);
  });
});

describe('POST /api/files when ImageKit fails', () => {
  it('when the upload API answers 500, then 502 and the catalog has nothing new', async () => {
    const before = await uploadState(t, editor.agent);
    t.library.faults.set({ status: 500 }, { pathPrefix: '/api/v1/files/upload', times: 1 });
    const res = await upload([[png, 'unlucky.png']]);
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('upstream_error');
    expect(await uploadState(t, editor.agent)).toEqual(before);
  });
});

describe('POST /api/files when ImageKit cannot give the details of what it stored', () => {
  it('when the read-back fails, then 502 saying the image landed and not to send it again', async () => {
    const before = await uploadState(t, editor.agent);
    // The upload itself is under /api/v1/files/upload: only the read of its details fails.
    t.library.faults.set({ status: 500 }, { pathPrefix: '/v1/files/', times: 1 });
    const res = await upload([[png, 'landed.png']]);
    expect(res.status).toBe(502);
    expect(res.body.error.message).toMatch(
      /^The image was uploaded as \w+, but .*Do not upload it again\.$/,
    );
    const after = await uploadState(t, editor.agent);
    expect(after.library).toHaveLength(before.library.length + 1);
    expect(after.catalog).toEqual(before.catalog);
  });
});

describe('the per-user upload limit (12 images a minute here)', () => {
  it('when a request would pass it, then 429 with Retry-After, nothing created, and other users still upload', async () => {
    // Every file sent counts, refused ones too: upload one at a time until the window is full.
    let res = await upload([[png, 'probe.png']]);
    for (let sent = 1; res.status === 201 && sent <= 12; sent++) {
      res = await upload([[png, `fill-${sent}.png`]]);
    }
    expect(res.status).toBe(429);
    const before = await uploadState(t, editor.agent);
    res = await upload([[png, 'one-too-many.png']]);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.body.error.message).toMatch(/12 images per minute for each user/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(await uploadState(t, editor.agent)).toEqual(before);

    const admin = await t.signIn('admin');
    const theirs = await admin.agent
      .post('/api/files')
      .set(admin.csrf)
      .attach('file', png, 'admin.png');
    expect(theirs.status).toBe(201);
    expect((theirs.body as FileDetails).name).toMatch(/^admin_/);
  });
});
