import Database from 'better-sqlite3';
import ImageKit from '@imagekit/nodejs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunDetails } from '../../common/api/runs.ts';
import { startLocalLibrary, type StandaloneLibrary } from '../../local-library/index.ts';
import { signInAtChild, startChildServer, type ChildServer } from '../testing/child-server.ts';
import { startFaultProxy, type FaultProxy } from '../testing/fault-proxy.ts';
import { uploadTinyFiles } from '../testing/tiny-files.ts';

const FILES = 1000;
/** The call during which the server is killed: the library has made the change, the server never hears. */
const KILL_DURING_CALL = 6;

let dir: string;
let library: StandaloneLibrary;
let proxy: FaultProxy;
let ids: string[];
let server: ChildServer | null = null;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-resume-'));
  library = await startLocalLibrary({ dataDir: path.join(dir, 'library'), seedSamples: false });
  const direct = new ImageKit({ privateKey: library.privateKey, baseURL: library.baseURL });
  ids = await uploadTinyFiles(direct, 'resume', FILES, () => ['old']);
  proxy = await startFaultProxy(new URL(library.baseURL).origin, (kind) => {
    if (kind === 'hang-after') server?.process.kill('SIGKILL');
  });
}, 120_000);
afterAll(async () => {
  server?.process.kill('SIGKILL');
  await proxy?.close();
  await library?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const start = () =>
  startChildServer({
    DATA_DIR: path.join(dir, 'app'),
    IMAGEKIT_PRIVATE_KEY: library.privateKey,
    IMAGEKIT_URL_ENDPOINT: library.urlEndpoint,
    IMAGEKIT_API_BASE_URL: `${proxy.origin}/local`,
  });

const addTagCalls = () =>
  proxy.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/v1/files/addTags'));

describe('a 1,000-file run when the server is killed in the middle of it', () => {
  it('when the server starts again, then the run resumes and no file is missed or changed twice', async () => {
    server = await start();
    let api = (await signInAtChild(server.origin))();
    // The catalog's first pass knows the 1,000 files before the run starts.
    expect((await api('/api/catalog/sync', { method: 'POST', body: '{}' })).status).toBe(200);
    proxy.setPlan((r) =>
      r.path.endsWith('/v1/files/addTags') && addTagCalls().length === KILL_DURING_CALL
        ? 'hang-after'
        : null,
    );
    const started = await api('/api/bulk/tags', {
      method: 'POST',
      headers: { Prefer: 'respond-async' },
      body: JSON.stringify({ fileIds: ids, add: ['resumed'] }),
    });
    expect(started.status).toBe(202);
    const { id: runId } = (await started.json()) as RunDetails;
    expect(await server.exited).toBe('SIGKILL');
    proxy.setPlan(null);

    const db = () => new Database(path.join(dir, 'app', 'tagcrop.sqlite'), { readonly: true });
    const atKill = db();
    const states = atKill
      .prepare('SELECT state, count(*) AS n FROM run_files WHERE run_id = ? GROUP BY state')
      .all(runId);
    atKill.close();
    console.log(
      `[resume] killed during addTags call ${KILL_DURING_CALL}: files by state ${JSON.stringify(states)}`,
    );

    const restartedAt = performance.now();
    server = await start();
    api = (await signInAtChild(server.origin))();
    let run: RunDetails;
    do run = (await (await api(`/api/runs/${runId}`)).json()) as RunDetails;
    while (run.status === 'running');
    expect(run).toMatchObject({
      status: 'done',
      total: FILES,
      updated: FILES,
      failed: 0,
      notSent: 0,
    });

    // Changed: in a call the library answered with success (a call it never saw changed nothing).
    const sentTimes = new Map<string, number>();
    for (const call of addTagCalls().filter((c) => c.upstreamStatus === 200)) {
      for (const fileId of (JSON.parse(call.body) as { fileIds: string[] }).fileIds) {
        sentTimes.set(fileId, (sentTimes.get(fileId) ?? 0) + 1);
      }
    }
    expect(ids.filter((id) => sentTimes.get(id) !== 1)).toEqual([]);
    const inLibrary = await new ImageKit({
      privateKey: library.privateKey,
      baseURL: library.baseURL,
    }).assets.list({
      searchQuery: 'tags IN ["resumed"]',
      limit: 1000,
    });
    expect(inLibrary).toHaveLength(FILES);

    const after = db();
    const entries = after
      .prepare('SELECT file_id, status, message FROM journal_entries WHERE run_id = ?')
      .all(runId) as Array<{ file_id: string; status: string; message: string | null }>;
    after.close();
    expect(new Set(entries.map((e) => e.file_id)).size).toBe(FILES);
    expect(entries.filter((e) => e.status !== 'applied')).toEqual([]);
    const readBack = entries.filter((e) =>
      e.message?.includes('reading the file back showed it was made'),
    );
    console.log(
      `[resume] after restart (${((performance.now() - restartedAt) / 1000).toFixed(1)} s to finish): ` +
        `${readBack.length} in-flight files found made by reading back, ${addTagCalls().length} addTags calls in all, ` +
        `every one of ${FILES} files changed by exactly one call and journaled once`,
    );
    // The call the server died in went through, so its files were found made, not sent again.
    const killedCall = addTagCalls()[KILL_DURING_CALL - 1]!;
    expect(killedCall.upstreamStatus).toBe(200);
    expect(readBack, JSON.stringify([...new Set(entries.map((e) => e.message))])).toHaveLength(50);
  }, 180_000);
});
