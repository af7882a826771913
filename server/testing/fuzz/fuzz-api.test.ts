import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw, type RawResponse } from '../raw-http.ts';
import { answerProblems } from './answer-check.ts';
import { startFuzzHarness, type FuzzHarness } from './fuzz-harness.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import {
  accountsState,
  libraryState,
  type AccountsState,
  type LibraryState,
} from './fuzz-state.ts';
import { fuzzSummary } from './fuzz-summary.ts';
import { generateFuzzRequests } from './fuzz-suite.ts';

// Any other seed replays another suite: FUZZ_SEED=123 npx vitest run server/testing/fuzz
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_417);

let h: FuzzHarness;
let requests: FuzzRequest[];
const answers: RawResponse[] = [];
let before: { library: LibraryState; accounts: AccountsState; prototypes: string[] };

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((p) =>
    Reflect.ownKeys(p).map(String),
  );

beforeAll(async () => {
  h = await startFuzzHarness();
  before = {
    library: await libraryState(h.t),
    accounts: await accountsState(h.t.database.target),
    prototypes: prototypeKeys(),
  };
  requests = generateFuzzRequests(SEED, h.ctx);
  h.proxy.requests.length = 0;
  for (const request of requests) answers.push(await sendRaw(h.originOf(request), request));
  console.log(fuzzSummary(SEED, requests, answers));
}, 300_000);

afterAll(async () => {
  await h?.close();
});

describe('a seeded fuzz run of malformed requests against every route of tagcrop and the library', () => {
  it('when the suite is generated, then it has at least 1,000 requests', () => {
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    expect(answers).toHaveLength(requests.length);
  });

  it('then every answer is the expected 4xx, in its shape, naming what it refused', () => {
    const failures = requests.flatMap((request, i) => {
      const answer = answers[i]!;
      const problems = answerProblems(request, answer);
      if (problems.length === 0) return [];
      return [
        `${request.family} | ${request.method} ${request.path.slice(0, 80)} | ${request.label}: ` +
          `${problems.join('; ')} | ${answer.text.slice(0, 160)}`,
      ];
    });
    expect(failures).toEqual([]);
  });

  it('then both servers still answer', async () => {
    const health = await sendRaw(h.served.origin, { method: 'GET', path: '/api/health' });
    expect(health.status).toBe(200);
    const session = await sendRaw(h.served.origin, {
      method: 'GET',
      path: '/api/session',
      headers: h.ctx.sessions.editor.headers,
    });
    expect(session.status).toBe(200);
    expect((await h.t.stored(h.ctx.fileId)).fileId).toBe(h.ctx.fileId);
  });

  it('then the library holds the same files, image bytes and custom fields', async () => {
    expect(before.library.files).toHaveLength(2);
    expect(Object.keys(before.library.originals)).toHaveLength(2);
    expect(before.library.customFields).toHaveLength(1);
    expect(await libraryState(h.t)).toEqual(before.library);
  });

  it('then no user and no session changed, none was added or removed', async () => {
    expect(before.accounts.users).toHaveLength(3);
    expect(before.accounts.sessions).toHaveLength(4);
    expect(await accountsState(h.t.database.target)).toEqual(before.accounts);
  });

  it('then no prototype gained a key', () => {
    expect(prototypeKeys()).toEqual(before.prototypes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('then tagcrop only ever read from the library, and only under /v1/files', () => {
    const strays = h.proxy.requests.filter(
      (r) =>
        r.method !== 'GET' ||
        !/^\/local\/v1\/files(\/[A-Za-z0-9_-]{1,64}\/details)?(\?[^/]*)?$/.test(r.path),
    );
    expect(strays).toEqual([]);
  });

  it('when a correct change follows, then the recorder sees it travel (the check above can fail)', async () => {
    const res = await sendRaw(h.served.origin, {
      method: 'PATCH',
      path: `/api/files/${h.ctx.fileId}/details`,
      headers: { ...h.ctx.sessions.editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['after-fuzz'] }),
    });
    expect(res.status).toBe(200);
    expect(h.proxy.requests).toContainEqual({
      method: 'PATCH',
      path: `/local/v1/files/${h.ctx.fileId}/details`,
    });
  });
});
