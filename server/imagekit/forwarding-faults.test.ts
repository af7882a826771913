import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestAppOptions } from '../testing/test-app.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function setup(options: TestAppOptions = {}) {
  t = await createTestApp(options);
  const file = await t.addImage('shoe.jpg', { width: 800, height: 600 }, ['shoe']);
  const editor = await t.signIn('editor');
  const patch = (body: object) =>
    editor.agent.patch(`/api/files/${file.fileId}/details`).set(editor.csrf).send(body);
  return { t, file, editor, patch };
}

// These wait out real rate-limit windows, which takes seconds on a busy machine.
describe('ImageKit rate limits', { timeout: 20_000 }, () => {
  it('when ImageKit answers 429, then tagcrop waits X-RateLimit-Reset and the saves all land', async () => {
    // Two calls per 400 ms, and every save costs two (the bounds check and the PATCH).
    const { t, file, patch } = await setup({ rateLimit: { limit: 2, intervalMs: 400 } });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await patch({ tags: [`round-${i}`] }));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect((await t.stored(file.fileId)).tags).toEqual(['round-3']);
  });

  it('when the wait would pass the budget, then 429 with Retry-After comes back at once', async () => {
    // The upload's read-back already used the one call this minute allows.
    const { patch } = await setup({ rateLimit: { limit: 1, intervalMs: 60_000 } });
    const started = Date.now();
    const res = await patch({ tags: ['too-fast'] });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(res.body.error.message).toMatch(/rate limit/i);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(50);
  });
});

// Each test starts a test app of its own (in node-pg, a new database too): seconds when busy.
describe('ImageKit failures', { timeout: 20_000 }, () => {
  it('when ImageKit answers 500 once, then 502 with a clear message: no blind retry', async () => {
    const { t, file, patch } = await setup();
    t.library.faults.set({ status: 500 }, { times: 1 });
    const res = await patch({ tags: ['lost?'] });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('upstream_error');
    expect(res.body.error.message).toMatch(/ImageKit failed \(500\)/);
    // A retry would have succeeded now that the fault is spent; none was made, so nothing changed.
    expect((await t.stored(file.fileId)).tags).toEqual(['shoe']);
  });

  it('when ImageKit never answers, then 504 after IMAGEKIT_TIMEOUT_MS and the server stays up', async () => {
    const { t, file, editor, patch } = await setup({ timeoutMs: 400 });
    t.library.faults.set({ hang: true });
    const started = Date.now();
    const res = await patch({ tags: ['slow'] });
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('upstream_timeout');
    expect(res.body.error.message).toMatch(/did not answer within 0.4 s/);
    expect(Date.now() - started).toBeLessThan(3000);
    t.library.faults.set(null);
    const after = await editor.agent.get(`/api/files/${file.fileId}`);
    expect(after.status).toBe(200);
    expect(after.body.tags).toEqual(['shoe']);
  });

  it('when ImageKit cannot be reached at all, then 502 "Could not reach ImageKit"', async () => {
    const { t, editor, file } = await setup();
    await t.library.close();
    const res = await editor.agent.get(`/api/files/${file.fileId}`);
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('upstream_unavailable');
    expect(res.body.error.message).toMatch(/Could not reach ImageKit/);
    const health = await editor.agent.get('/api/health');
    expect(health.status).toBe(200);
  });
});
