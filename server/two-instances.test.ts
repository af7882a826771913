import ImageKit from '@imagekit/nodejs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogStatus, TagList } from '../common/api/catalog.ts';
import type { RunDetails } from '../common/api/runs.ts';
import { startLocalLibrary, type StandaloneLibrary } from '../local-library/index.ts';
import {
  CHILD_ADMIN,
  signInAtChild,
  startChildServer,
  type ChildApi,
  type ChildServer,
} from './testing/child-server.ts';
import { startFaultProxy, type FaultProxy } from './testing/fault-proxy.ts';
import {
  createTestDatabase,
  TEST_DATABASE_KIND,
  type TestDatabase,
} from './testing/test-database.ts';
import { uploadTinyFiles } from './testing/tiny-files.ts';

const FILES = 300;
const RACES = 100;
/** The bulk call during which instance A is killed: the library has made it, A never hears. */
const KILL_DURING_CALL = 3;

type Api = ChildApi;

// Several instances share state only through PostgreSQL; on SQLite there is one process.
describe.runIf(TEST_DATABASE_KIND === 'postgres')('two instances on one PostgreSQL', () => {
  let dir: string;
  let database: TestDatabase;
  let library: StandaloneLibrary;
  let direct: ImageKit;
  let proxy: FaultProxy;
  /** B's road to the library: it only records, so that B's calls can be counted too. */
  let proxyB: FaultProxy;
  let ids: string[];
  let a: ChildServer;
  let b: ChildServer;
  let instance: (name: string, apiBase: string) => Promise<ChildServer>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-two-'));
    database = await createTestDatabase();
    library = await startLocalLibrary({ dataDir: path.join(dir, 'library'), seedSamples: false });
    direct = new ImageKit({ privateKey: library.privateKey, baseURL: library.baseURL });
    ids = await uploadTinyFiles(direct, 'two', FILES, () => ['old']);
    // A reaches the library through a proxy that can kill it in the middle of a call.
    proxy = await startFaultProxy(new URL(library.baseURL).origin, (kind) => {
      if (kind === 'hang-after') a.process.kill('SIGKILL');
    });
    proxyB = await startFaultProxy(new URL(library.baseURL).origin);
    instance = (name: string, apiBase: string) =>
      startChildServer({
        // Both sync on a timer, as an operator would leave them: only the leader may call.
        CATALOG_SYNC_SECONDS: '1',
        // Runs a dead instance left are looked for every 2 s rather than 15.
        TAKEOVER_SECONDS: '2',
        DATA_DIR: path.join(dir, name),
        DATABASE_URL: database.env.DATABASE_URL!,
        IMAGEKIT_PRIVATE_KEY: library.privateKey,
        IMAGEKIT_URL_ENDPOINT: library.urlEndpoint,
        IMAGEKIT_API_BASE_URL: apiBase,
      });
    a = await instance('a', `${proxy.origin}/local`);
    b = await instance('b', `${proxyB.origin}/local`);
  }, 120_000);

  /** Polls a run at B until it is no longer going (or a minute has passed). */
  async function runAtB(api: Api, runId: string): Promise<RunDetails> {
    const since = performance.now();
    let run: RunDetails;
    do {
      await new Promise((resolve) => setTimeout(resolve, 250));
      run = (await (await api(`/api/runs/${runId}`)).json()) as RunDetails;
    } while (run.status === 'running' && performance.now() - since < 60_000);
    return run;
  }

  /** Calls that list files (a sync's pages), as one proxy has seen them. */
  const listCalls = (through: FaultProxy) =>
    through.requests.filter((r) => r.method === 'GET' && /\/v1\/files(\?|$)/.test(r.path)).length;

  afterAll(async () => {
    a?.process.kill('SIGKILL');
    b?.process.kill('SIGKILL');
    await Promise.all([a?.exited, b?.exited]);
    await proxy?.close();
    await proxyB?.close();
    await library?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when a user signs in at one, then the other knows the session', async () => {
    const session = await signInAtChild(a.origin);
    const atB = await session(b.origin)('/api/session');
    expect(atB.status).toBe(200);
    expect(((await atB.json()) as { user: { username: string } }).user.username).toBe(
      CHILD_ADMIN.username,
    );
  });

  it('when both sync the catalog on a timer, then only the one that leads asks ImageKit', async () => {
    const [fromA, fromB] = [listCalls(proxy), listCalls(proxyB)];
    await new Promise((resolve) => setTimeout(resolve, 3500));
    console.log(
      `[two instances] timed sync over 3.5 s: ${listCalls(proxy) - fromA} list calls from A, ${listCalls(proxyB) - fromB} from B`,
    );
    // A started first and leads; B's ticks do nothing.
    expect(listCalls(proxy) - fromA).toBeGreaterThanOrEqual(2);
    expect(listCalls(proxyB) - fromB).toBe(0);
  });

  it('when two saves on the same version land on different instances, then exactly one wins', async () => {
    const session = await signInAtChild(b.origin);
    const [atA, atB] = [session(a.origin), session(b.origin)];
    expect((await atB('/api/catalog/sync', { method: 'POST', body: '{}' })).status).toBe(200);
    const outcomes = new Map<string, number>();
    for (const fileId of ids.slice(0, RACES)) {
      const etag = (await atB(`/api/files/${fileId}`)).headers.get('etag')!;
      const save = (api: Api, tag: string) =>
        api(`/api/files/${fileId}/details`, {
          method: 'PATCH',
          headers: { 'If-Match': etag },
          body: JSON.stringify({ tags: [tag] }),
        });
      const [fromA, fromB] = await Promise.all([save(atA, 'from-a'), save(atB, 'from-b')]);
      const pair = [fromA.status, fromB.status].sort().join('+');
      outcomes.set(pair, (outcomes.get(pair) ?? 0) + 1);
      const winner = fromA.status === 200 ? 'from-a' : 'from-b';
      expect((await direct.files.get(fileId)).tags).toEqual([winner]);
    }
    console.log(`[two instances] ${RACES} cross-instance races:`, Object.fromEntries(outcomes));
    expect(Object.fromEntries(outcomes)).toEqual({ '200+412': RACES });
  }, 120_000);

  it('when the instance driving a bulk run is killed, then the other finishes it, no file missed or changed twice', async () => {
    const session = await signInAtChild(a.origin);
    const [atA, atB] = [session(a.origin), session(b.origin)];
    const addTagCalls = () =>
      proxy.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/v1/files/addTags'));
    proxy.setPlan((r) =>
      r.path.endsWith('/v1/files/addTags') && addTagCalls().length === KILL_DURING_CALL
        ? 'hang-after'
        : null,
    );
    const started = await atA('/api/bulk/tags', {
      method: 'POST',
      headers: { Prefer: 'respond-async' },
      body: JSON.stringify({ fileIds: ids, add: ['moved'] }),
    });
    expect(started.status).toBe(202);
    const { id: runId } = (await started.json()) as RunDetails;
    expect(await a.exited).toBe('SIGKILL');
    const killedAt = performance.now();

    const run = await runAtB(atB, runId);
    const seconds = ((performance.now() - killedAt) / 1000).toFixed(1);
    console.log(`[two instances] run finished by the other instance ${seconds} s after the kill`);
    expect(run).toMatchObject({ status: 'done', total: FILES, updated: FILES, failed: 0 });

    // Through A, each file went in at most one call the library answered; B sent the rest once.
    const viaA = new Set<string>();
    for (const call of addTagCalls().filter((c) => c.upstreamStatus === 200)) {
      for (const fileId of (JSON.parse(call.body) as { fileIds: string[] }).fileIds) {
        expect(viaA.has(fileId)).toBe(false);
        viaA.add(fileId);
      }
    }
    expect(viaA.size).toBeGreaterThan(0);
    expect(viaA.size).toBeLessThan(FILES);
    // The catalog's timed sync moved to B with A's death.
    const syncedByB = listCalls(proxyB);
    await expect.poll(() => listCalls(proxyB) > syncedByB, { timeout: 20_000 }).toBe(true);
    const tagged = await direct.assets.list({ searchQuery: 'tags IN ["moved"]', limit: 1000 });
    expect(tagged).toHaveLength(FILES);

    // The catalog both instances read agrees with the library.
    const listed = await atB('/api/files?tags=moved&limit=1');
    expect(((await listed.json()) as { total: number }).total).toBe(FILES);
  }, 120_000);

  it('when the instance driving a run is told to stop (SIGTERM), then it ends its call, exits, and the other finishes the run', async () => {
    a = await instance('a', `${proxy.origin}/local`);
    const session = await signInAtChild(b.origin);
    const [atA, atB] = [session(a.origin), session(b.origin)];
    const removeCalls = () =>
      proxy.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/v1/files/removeTags'));
    const before = removeCalls().length;
    proxy.setPlan(() => null);
    const started = await atA('/api/bulk/tags', {
      method: 'POST',
      headers: { Prefer: 'respond-async' },
      body: JSON.stringify({ fileIds: ids, remove: ['old'] }),
    });
    expect(started.status).toBe(202);
    const { id: runId } = (await started.json()) as RunDetails;
    while (removeCalls().length === before) await new Promise((r) => setTimeout(r, 20));
    a.process.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    // A stopped after the call it had on its way: the rest of the run was still to do.
    expect(removeCalls().length - before).toBeLessThan(FILES / 50);

    const run = await runAtB(atB, runId);
    expect(run).toMatchObject({ status: 'done', total: FILES, updated: FILES, failed: 0 });
    // Handed back, not dropped: no change of the run was left without its outcome.
    const entries = (await (await atB(`/api/files/${ids[0]}/history`)).json()) as {
      entries: Array<{ runId: string | null; status: string }>;
    };
    expect(entries.entries.filter((e) => e.runId === runId).map((e) => e.status)).toEqual([
      'applied',
    ]);
    const left = await direct.assets.list({ searchQuery: 'tags IN ["old"]', limit: 1000 });
    expect(left).toHaveLength(0);
  }, 120_000);

  it('when both are up again, then they give the same catalog and tag counts, and those of the library', async () => {
    a = await instance('a', `${proxy.origin}/local`);
    const session = await signInAtChild(b.origin);
    const counts = async (api: Api) => {
      const catalog = (await (await api('/api/catalog')).json()) as CatalogStatus;
      const tags = (await (await api('/api/tags?sort=name&limit=100')).json()) as TagList;
      const { files, untagged, noRegion } = catalog;
      return { files, untagged, noRegion, tags: catalog.tags, tagCounts: tags.tags };
    };
    const [atA, atB] = [await counts(session(a.origin)), await counts(session(b.origin))];
    expect(atA).toEqual(atB);

    const library = await direct.assets.list({ type: 'file', limit: 1000 });
    const truth = new Map<string, number>();
    for (const file of library) {
      for (const tag of file.tags ?? []) truth.set(tag, (truth.get(tag) ?? 0) + 1);
    }
    expect(atA.files).toBe(library.length);
    expect(atA.untagged).toBe(library.filter((f) => (f.tags ?? []).length === 0).length);
    expect(Object.fromEntries(atA.tagCounts.map((t) => [t.name, t.count]))).toEqual(
      Object.fromEntries(truth),
    );
    console.log(`[two instances] both report ${atA.files} files and tag counts`, atA.tagCounts);
  }, 60_000);
});
