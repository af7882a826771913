import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IF_MATCH_HEADER } from '../../common/api/error-envelope.ts';
import type { RunDetails } from '../../common/api/runs.ts';
import { listenApp } from '../testing/listen-app.ts';
import { signInRaw, type RawSession } from '../testing/served-app.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { uploadTinyFiles } from '../testing/tiny-files.ts';

let t: TestApp;
let served: Awaited<ReturnType<typeof listenApp>>;
let editor: RawSession;
beforeAll(async () => {
  t = await createTestApp();
  served = await listenApp(t.app);
  editor = await signInRaw(served.origin, 'editor');
});
afterAll(async () => {
  await served.close();
  await t.close();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${served.origin}${path}`, {
    ...init,
    headers: { ...editor.headers, 'content-type': 'application/json', ...init.headers },
  });

describe('a bulk run racing single saves of the same files', () => {
  it('when saves land before, during and after the run, then no save and no bulk tag is lost', async () => {
    const ids = await uploadTinyFiles(t.direct, 'race', 150, () => ['base']);
    await t.syncCatalog();
    const raced = ids.filter((_, i) => i % 4 === 0);
    // Each editor opened the file before the run started.
    const etags = await Promise.all(
      raced.map(async (id) => (await api(`/api/files/${id}`)).headers.get('etag')!),
    );

    const started = await api('/api/bulk/tags', {
      method: 'POST',
      headers: { Prefer: 'respond-async' },
      body: JSON.stringify({ fileIds: ids, add: ['bulk'] }),
    });
    expect(started.status).toBe(202);
    const saves = await Promise.all(
      raced.map((id, i) =>
        api(`/api/files/${id}/details`, {
          method: 'PATCH',
          headers: { [IF_MATCH_HEADER]: etags[i]! },
          body: JSON.stringify({ tags: ['base', `single-${i}`] }),
        }),
      ),
    );
    let run: RunDetails;
    do run = (await (await api(started.headers.get('location')!)).json()) as RunDetails;
    while (run.status === 'running');

    expect(run).toMatchObject({ status: 'done', updated: 150, failed: 0 });
    const statuses = saves.map((s) => s.status);
    console.log(
      `[bulk race] ${raced.length} saves racing a 150-file run: ` +
        `${statuses.filter((s) => s === 200).length} saved before their chunk, ` +
        `${statuses.filter((s) => s === 412).length} refused (412) after it`,
    );
    for (const [i, id] of raced.entries()) {
      expect([200, 412]).toContain(statuses[i]);
      const tags = (await t.stored(id)).tags ?? [];
      expect(tags).toContain('bulk');
      expect(tags.includes(`single-${i}`)).toBe(statuses[i] === 200);
      // The journal's last word on the file is what the library holds.
      const [last] = (await t.journal.history(id)).filter((e) => e.status === 'applied');
      expect([...last!.after!.tags].sort()).toEqual([...tags].sort());
    }
  }, 60_000);
});
