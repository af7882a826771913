import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FAKE_CONTEXT as ctx } from './fake-context.ts';
import { keyOf, ROUTES } from './fuzz-routes.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import { generateFuzzRequests } from './fuzz-suite.ts';
import { LIBRARY_ROUTES } from './library-routes.ts';

/** One digest per request: comparing megabytes of bodies field by field is slow. */
const digests = (requests: FuzzRequest[]) =>
  requests.map((r) =>
    createHash('sha256')
      .update(JSON.stringify({ ...r, body: undefined, names: String(r.names) }))
      .update(r.body ?? '')
      .digest('hex'),
  );

// Each of the first two builds the suite twice, megabytes of bodies included: slow on a busy machine.
const GENERATE_TWICE_MS = 20_000;

describe('generateFuzzRequests', () => {
  it(
    'when given the same seed, then it generates the same requests',
    () => {
      expect(digests(generateFuzzRequests(42, ctx))).toEqual(
        digests(generateFuzzRequests(42, ctx)),
      );
    },
    GENERATE_TWICE_MS,
  );

  it(
    'when given another seed, then the requests differ',
    () => {
      expect(digests(generateFuzzRequests(42, ctx))).not.toEqual(
        digests(generateFuzzRequests(43, ctx)),
      );
    },
    GENERATE_TWICE_MS,
  );

  const requests = generateFuzzRequests(7, ctx);

  it('generates at least 1,000 requests, every one expecting a 4xx', () => {
    expect(requests.length).toBeGreaterThanOrEqual(1000);
    expect(requests.every((r) => r.expected.every((s) => s >= 400 && s < 500))).toBe(true);
  });

  it('says for every request what its refusal must name: a code, a field or a reason', () => {
    expect(requests.filter((r) => !r.names && !r.expectedCode)).toEqual([]);
  });

  it('reaches every route of tagcrop and of the library', () => {
    const reached = new Set(requests.map((r) => r.route));
    const routes = [...ROUTES, ...LIBRARY_ROUTES].map(keyOf);
    expect(routes.filter((route) => !reached.has(route))).toEqual([]);
  });

  it('sends tagcrop requests to tagcrop and library requests to the library', () => {
    for (const r of requests) {
      expect(r.target === 'library', `${r.family} ${r.path}`).toBe(r.path.startsWith('/local'));
    }
  });

  it.each([
    'no session',
    'bad CSRF token',
    'cross-site',
    'role too low',
    'wrong credentials',
    'wrong method or path',
    'invalid field',
    'unknown key',
    'prototype key',
    'body broken',
    'body type',
    'body huge',
    'bad query parameter',
    'unknown query key',
    'prototype key in query',
    'odd fileId',
    'odd user name',
    'bad escape',
    'library key',
    'library body encoding',
    'library body bomb',
    'library body broken',
    'library body charset',
    'library invalid field',
    'library unknown key',
    'library bad escape',
    'library odd id',
    'library unknown id',
    'library bad query',
    'library upload',
    'delivery path',
    'hostile transformation',
    'delivery signature',
    'delivery method',
  ])('includes %s requests', (family) => {
    expect(requests.filter((r) => r.family === family).length).toBeGreaterThan(0);
  });

  it('sends real prototype keys, never the placeholder', () => {
    const bodies = requests.map((r) => String(r.body ?? ''));
    expect(bodies.some((b) => b.includes('"__proto__"'))).toBe(true);
    expect(bodies.some((b) => b.includes('"constructor"'))).toBe(true);
    expect(bodies.some((b) => b.includes('__fuzz_proto_key__'))).toBe(false);
  });

  it('expects 413 exactly for the bodies past the route limit', () => {
    for (const r of requests.filter((q) => q.family === 'body huge')) {
      expect(Buffer.byteLength(String(r.body))).toBeGreaterThan(64 * 1024);
      expect(r.expected).toEqual([413]);
    }
  });
});
