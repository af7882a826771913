import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../common/api/session.ts';
import { ROUTES, type FuzzContext } from './fuzz-routes.ts';
import { generateFuzzRequests } from './fuzz-suite.ts';
import type { RawSession } from '../served-app.ts';

const session = (name: string): RawSession => ({
  cookie: `tagcrop_session=${name.padEnd(43, 'x')}`,
  csrf: `${name}-csrf`,
  headers: { cookie: `tagcrop_session=${name.padEnd(43, 'x')}`, 'X-CSRF-Token': `${name}-csrf` },
});

const ctx: FuzzContext = {
  fileId: 'file123',
  sessions: Object.fromEntries(ROLES.map((r) => [r, session(r)])) as Record<Role, RawSession>,
  otherEditor: session('other'),
  endedCookie: 'tagcrop_session=ended',
  origin: 'http://127.0.0.1:4000',
};

describe('generateFuzzRequests', () => {
  it('when given the same seed, then it generates the same requests', () => {
    expect(generateFuzzRequests(42, ctx)).toEqual(generateFuzzRequests(42, ctx));
  });

  it('when given another seed, then the requests differ', () => {
    expect(generateFuzzRequests(42, ctx)).not.toEqual(generateFuzzRequests(43, ctx));
  });

  const requests = generateFuzzRequests(7, ctx);

  it('generates at least 500 requests, every one expecting a 4xx', () => {
    expect(requests.length).toBeGreaterThanOrEqual(500);
    expect(requests.every((r) => r.expected.every((s) => s >= 400 && s < 500))).toBe(true);
  });

  it('reaches every route', () => {
    const labelled = new Set(requests.map((r) => r.label.split(':')[0]));
    expect(ROUTES.map((r) => r.name).filter((name) => !labelled.has(name))).toEqual([]);
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
