import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileState } from '../../common/api/history.ts';
import { createPrng } from '../testing/fuzz/prng.ts';
import { FAULT_KINDS, startFaultProxy, type FaultProxy } from '../testing/fault-proxy.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { uploadTinyFiles } from '../testing/tiny-files.ts';

const FILES = 1000;
const FAULT_RATE = 0.3;
const SEED = 20261110;

let t: TestApp;
let proxy: FaultProxy;
let ids: string[];
beforeAll(async () => {
  t = await createTestApp({
    timeoutMs: 400,
    runRetry: { attempts: 4, firstWaitMs: 50 },
    interpose: async (baseURL) => {
      proxy = await startFaultProxy(new URL(baseURL).origin);
      return `${proxy.origin}/local`;
    },
  });
  ids = await uploadTinyFiles(t.direct, 'faults', FILES, (i) => (i % 3 === 0 ? [] : ['seed']));
  await t.syncCatalog();
}, 120_000);
afterAll(async () => {
  await t.close();
  await proxy.close();
});

/** 30 % of API calls fail, evenly spread over 500s and no-answers, before or after the library acts. */
function injectFaults(seed: number) {
  const prng = createPrng(seed);
  proxy.setPlan((request) =>
    request.path.startsWith('/local/v1/') && prng.next() < FAULT_RATE
      ? prng.pick(FAULT_KINDS)
      : null,
  );
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag) => b.includes(tag));

describe('a 1,000-file run while 30 % of ImageKit calls fail or never answer', () => {
  it('then every file ends as its journal entry says, each file has one entry, and the catalog agrees', async () => {
    const { agent, csrf } = await t.signIn('editor');
    const calls = proxy.requests.length;
    const started = performance.now();
    injectFaults(SEED);
    const res = await agent
      .post('/api/bulk/tags')
      .set(csrf)
      .send({ fileIds: ids, add: ['faulty'], remove: ['seed'] });
    proxy.setPlan(null);
    const seconds = (performance.now() - started) / 1000;
    expect(res.status).toBe(200);
    const { runId } = res.body as { runId: string };

    const entries = await t.db
      .selectFrom('journal_entries')
      .select(['file_id', 'status', 'before_state', 'after_state'])
      .where('run_id', '=', runId)
      .execute();
    const outcomes = await t.runs.store.outcomes(runId);
    const library = new Map(
      (await t.direct.assets.list({ path: '/faults/', limit: 1000 })).map((f) => [
        (f as { fileId: string }).fileId,
        (f as { tags: string[] | null }).tags ?? [],
      ]),
    );
    const catalog = await t.catalog.queries.findFiles(ids);
    const tally = { applied: 0, failed: 0, unknown: 0, half: 0 };
    expect(new Set(entries.map((e) => e.file_id)).size).toBe(entries.length);
    expect(entries).toHaveLength(FILES);
    for (const entry of entries) {
      const before = JSON.parse(entry.before_state!) as FileState;
      const after = JSON.parse(entry.after_state!) as FileState;
      const now = library.get(entry.file_id!)!;
      const state = outcomes.find((o) => o.file_id === entry.file_id)!.state;
      if (entry.status === 'unknown') {
        tally.unknown++;
        continue;
      }
      if (entry.status === 'applied') {
        if (state === 'applied') tally.applied++;
        else tally.half++;
        expect(sameTags(now, after.tags), entry.file_id!).toBe(true);
      } else {
        tally.failed++;
        expect(sameTags(now, before.tags), entry.file_id!).toBe(true);
      }
      expect(sameTags(catalog.get(entry.file_id!)!.tags ?? [], now), entry.file_id!).toBe(true);
    }
    const during = proxy.requests.slice(calls);
    const faults = Object.entries(proxy.played)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    console.log(
      `[faults] ${FILES}-file run, seed ${SEED}, ${FAULT_RATE * 100} % of calls failed: ` +
        `${during.length} ImageKit calls (${during.filter((r) => r.method === 'GET').length} read-backs); ` +
        `faults played: ${faults}; files: ${tally.applied} changed, ${tally.failed} not changed, ` +
        `${tally.half} half changed, ${tally.unknown} unknown; ${seconds.toFixed(1)} s`,
    );
    expect(tally.applied + tally.half).toBeGreaterThan(FILES * 0.9);
  }, 120_000);

  it('then single saves under the same faults answer and record what really happened', async () => {
    const { agent, csrf } = await t.signIn('editor');
    const saved = ids.slice(0, 100);
    const tally = { ok: 0, okAfterLostAnswer: 0, refused: 0, notMade: 0, unknown: 0 };
    injectFaults(SEED + 1);
    const answers = [];
    for (const id of saved) {
      answers.push(
        await agent
          .patch(`/api/files/${id}/details`)
          .set(csrf)
          .send({ tags: ['saved'] }),
      );
    }
    proxy.setPlan(null);
    for (const [i, id] of saved.entries()) {
      const [entry] = await t.journal.history(id);
      const now = (await t.stored(id)).tags ?? [];
      if (answers[i]!.status === 200) {
        expect(entry).toMatchObject({ action: 'save', status: 'applied' });
        expect(now).toEqual(['saved']);
        if (entry!.message) tally.okAfterLostAnswer++;
        else tally.ok++;
      } else if (entry?.action !== 'save') {
        // The read before the write failed: nothing was sent, so nothing is recorded.
        tally.refused++;
        expect(now).not.toContain('saved');
      } else if (entry.status === 'unknown') {
        tally.unknown++;
      } else {
        tally.notMade++;
        expect(entry.status).toBe('failed');
        expect(now).not.toContain('saved');
      }
    }
    console.log(
      `[faults] 100 single saves: ${tally.ok} answered, ${tally.okAfterLostAnswer} answered after a read-back found them made, ` +
        `${tally.notMade} failed and recorded as not made, ${tally.refused} failed before sending, ${tally.unknown} unknown`,
    );
    expect(tally.ok + tally.okAfterLostAnswer + tally.notMade + tally.refused).toBe(100);
  }, 120_000);
});
