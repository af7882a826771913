import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunDetails } from '../../common/api/runs.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { uploadTinyFiles } from '../testing/tiny-files.ts';

/** Each addTags call waits, so a test can cancel the run between chunks. */
const slow = (gateway: ImageKitGateway): ImageKitGateway => ({
  ...gateway,
  async addTags(fileIds, tags) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return gateway.addTags(fileIds, tags);
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ wrapGateway: slow });
});
afterAll(() => t.close());

describe('POST /api/runs/:runId/cancel', () => {
  it('when a run is cancelled, then it stops after the chunk in flight and names the files not sent', async () => {
    const ids = await uploadTinyFiles(t.direct, 'cancel', 300);
    await t.syncCatalog();
    const { agent, csrf } = await t.signIn('editor');
    const started = await agent
      .post('/api/bulk/tags')
      .set(csrf)
      .set('Prefer', 'respond-async')
      .send({ fileIds: ids, add: ['half'] });
    let run: RunDetails;
    do run = (await agent.get(started.headers.location!)).body;
    while (run.done === 0);
    const cancelled = await agent.post(`/api/runs/${started.body.id}/cancel`).set(csrf).send();
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.updated).toBeGreaterThan(0);
    expect(cancelled.body.updated + cancelled.body.notSent).toBe(300);
    expect(cancelled.body.notSentIds).toHaveLength(cancelled.body.notSent);
    const tagged = await t.direct.assets.list({ searchQuery: 'tags IN ["half"]', limit: 1000 });
    expect(tagged).toHaveLength(cancelled.body.updated);
  }, 60_000);
});
