import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../common/api/session.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { createTestApp, type TestApp } from '../test-app.ts';
import { errorAnswerProblems } from './error-envelope-check.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { generateFuzzRequests } from './fuzz-suite.ts';
import { sendRaw, type RawResponse } from '../raw-http.ts';
import { startRecordingProxy, type RecordingProxy } from '../recording-proxy.ts';
import { serveApp, signInRaw, type RawSession, type ServedApp } from '../served-app.ts';

// Any other seed replays another suite: FUZZ_SEED=123 npx vitest run server/testing/fuzz
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_417);

let t: TestApp;
let proxy: RecordingProxy;
let served: ServedApp;
let ctx: FuzzContext;
let requests: FuzzRequest[];
const answers: RawResponse[] = [];
const before: { files: FileDetails[]; users: unknown; prototypes: string[] } = {
  files: [],
  users: null,
  prototypes: [],
};

async function libraryFiles(): Promise<FileDetails[]> {
  const listed = (await t.direct.assets.list({ type: 'file', limit: 1000 })) as FileDetails[];
  const files = await Promise.all(listed.map((f) => t.stored(f.fileId)));
  return files.sort((a, b) => a.fileId.localeCompare(b.fileId));
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((p) =>
    Reflect.ownKeys(p).map(String),
  );

function tally<T>(items: T[]): Array<[T, number]> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts];
}

function summary(): string {
  const statuses = tally(answers.map((a) => a.status)).sort(([a], [b]) => a - b);
  const methods = [...new Set(proxy.requests.map((r) => r.method))];
  return [
    `fuzz seed ${SEED}: ${requests.length} malformed requests`,
    `by status: ${statuses.map(([s, n]) => `${s}×${n}`).join(' ')}`,
    `5xx: ${answers.filter((a) => a.status >= 500).length}`,
    `by family: ${tally(requests.map((r) => r.family))
      .map(([f, n]) => `${f} ${n}`)
      .join(', ')}`,
    `upstream requests: ${proxy.requests.length} (${methods.join(', ') || 'none'})`,
  ].join('\n  ');
}

beforeAll(async () => {
  t = await createTestApp();
  const target = await t.addImage('fuzz-target.jpg', { width: 800, height: 600 }, ['original']);
  await t.direct.files.update(target.fileId, { customCoordinates: '10,10,100,100' });
  await t.addImage('bystander.jpg', { width: 640, height: 480 }, ['other']);
  proxy = await startRecordingProxy(new URL(t.library.baseURL).origin);
  served = await serveApp(t, { apiBaseURL: `${proxy.origin}/local` });

  const sessions = {} as Record<Role, RawSession>;
  for (const role of ROLES) sessions[role] = await signInRaw(served.origin, role);
  const ended = await signInRaw(served.origin, 'viewer');
  const signOut = await sendRaw(served.origin, {
    method: 'DELETE',
    path: '/api/session',
    headers: ended.headers,
  });
  if (signOut.status !== 204) throw new Error(`sign-out failed: ${signOut.status}`);
  ctx = {
    fileId: target.fileId,
    sessions,
    otherEditor: await signInRaw(served.origin, 'editor'),
    endedCookie: ended.cookie,
    origin: served.origin,
  };

  before.files = await libraryFiles();
  before.users = await t.auth.users.list();
  before.prototypes = prototypeKeys();
  requests = generateFuzzRequests(SEED, ctx);
  proxy.requests.length = 0;
  for (const request of requests) answers.push(await sendRaw(served.origin, request));

  console.log(summary());
}, 120_000);

afterAll(async () => {
  await served?.close();
  await proxy?.close();
  await t?.close();
});

describe('a seeded fuzz run of malformed requests against every API route', () => {
  it('when the suite is generated, then it has at least 500 requests', () => {
    expect(requests.length).toBeGreaterThanOrEqual(500);
    expect(answers).toHaveLength(requests.length);
  });

  it('then every answer is the expected 4xx with an error envelope a person can read', () => {
    const failures = requests.flatMap((request, i) => {
      const answer = answers[i]!;
      const problems = errorAnswerProblems(answer, request.expected);
      if (request.expectedCode && !answer.text.includes(`"code":"${request.expectedCode}"`)) {
        problems.push(`code is not ${request.expectedCode}`);
      }
      if (problems.length === 0) return [];
      return [
        `${request.family} | ${request.method} ${request.path.slice(0, 80)} | ${request.label}: ` +
          `${problems.join('; ')} | ${answer.text.slice(0, 160)}`,
      ];
    });
    expect(failures).toEqual([]);
  });

  it('then the server still answers', async () => {
    const health = await sendRaw(served.origin, { method: 'GET', path: '/api/health' });
    expect(health.status).toBe(200);
    const session = await sendRaw(served.origin, {
      method: 'GET',
      path: '/api/session',
      headers: ctx.sessions.editor.headers,
    });
    expect(session.status).toBe(200);
  });

  it('then every file in the library is unchanged, byte for byte', async () => {
    expect(before.files.length).toBe(2);
    expect(await libraryFiles()).toEqual(before.files);
  });

  it('then no prototype gained a key and no user changed', async () => {
    expect(prototypeKeys()).toEqual(before.prototypes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await t.auth.users.list()).toEqual(before.users);
  });

  it('then the library was only ever read, and only under /v1/files', () => {
    const strays = proxy.requests.filter(
      (r) =>
        r.method !== 'GET' ||
        !/^\/local\/v1\/files(\/[A-Za-z0-9_-]{1,64}\/details)?(\?[^/]*)?$/.test(r.path),
    );
    expect(strays).toEqual([]);
  });

  it('when a correct change follows, then the recorder sees it travel (the check above can fail)', async () => {
    const res = await sendRaw(served.origin, {
      method: 'PATCH',
      path: `/api/files/${ctx.fileId}/details`,
      headers: { ...ctx.sessions.editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['after-fuzz'] }),
    });
    expect(res.status).toBe(200);
    expect(proxy.requests).toContainEqual({
      method: 'PATCH',
      path: `/local/v1/files/${ctx.fileId}/details`,
    });
  });
});
