import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAssets } from './client-assets.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { sendRaw, type RawResponse } from '../testing/raw-http.ts';
import { startRecordingProxy, type RecordingProxy } from '../testing/recording-proxy.ts';
import { serveApp, signInRaw, type RawSession, type ServedApp } from '../testing/served-app.ts';

let t: TestApp;
let proxy: RecordingProxy;
let served: ServedApp;
let editor: RawSession;
let fileId: string;
let distDir: string;

beforeAll(async () => {
  t = await createTestApp();
  fileId = (await t.addImage('hardening.jpg')).fileId;
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-dist-'));
  fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>stub</title>');
  proxy = await startRecordingProxy(new URL(t.library.baseURL).origin);
  served = await serveApp(t, {
    apiBaseURL: `${proxy.origin}/local`,
    client: clientAssets(distDir),
  });
  editor = await signInRaw(served.origin, 'editor');
}, 30_000);

afterAll(async () => {
  await served?.close();
  await proxy?.close();
  await t?.close();
  if (distDir) fs.rmSync(distDir, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  sendRaw(served.origin, { method: 'GET', path: p, headers });

const sendJson = (method: string, p: string, body: string) =>
  sendRaw(served.origin, {
    method,
    path: p,
    headers: { ...editor.headers, 'content-type': 'application/json' },
    body,
  });

/** `{"description":"xxx…"}` of exactly `bytes` bytes. */
const bodyOfSize = (bytes: number) => {
  const shell = JSON.stringify({ description: '' });
  return JSON.stringify({ description: 'x'.repeat(bytes - shell.length) });
};

function csp(res: RawResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const errorCode = (res: RawResponse) =>
  (JSON.parse(res.text) as { error: { code: string } }).error.code;

describe('security headers', () => {
  it.each([
    ['an HTML page', '/library'],
    ['an API answer', '/api/health'],
    ['an API error', '/api/files'],
  ])('on %s, the CSP allows only our origin and the image origin', async (_what, p) => {
    const res = await get(p);
    if (p === '/library') expect(res.text).toContain('<title>stub</title>');
    const policy = csp(res);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(new Set(policy.get('img-src'))).toEqual(
      new Set(["'self'", 'data:', 'blob:', new URL(t.library.baseURL).origin]),
    );
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const everything = [...policy.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything.filter((v) => v === '*' || v.endsWith(':*') || v === 'http:')).toEqual([]);
  });

  it('sends helmet’s other headers and no X-Powered-By', async () => {
    for (const p of ['/', '/api/health']) {
      const { headers } = await get(p);
      expect(headers['x-powered-by']).toBeUndefined();
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'x-dns-prefetch-control': 'off',
        'x-permitted-cross-domain-policies': 'none',
        'origin-agent-cluster': '?1',
      });
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });
});

describe('body size limits', () => {
  it('when a PATCH body is 64 kB + 1 byte, then 413 in our envelope; at 64 kB it is read', async () => {
    const over = await sendJson('PATCH', `/api/files/${fileId}/details`, bodyOfSize(65_537));
    expect(over.status).toBe(413);
    expect(JSON.parse(over.text)).toEqual({
      error: { code: 'payload_too_large', message: 'The request body is too large.' },
    });
    const at = await sendJson('PATCH', `/api/files/${fileId}/details`, bodyOfSize(65_536));
    expect(at.status).toBe(400);
    expect(JSON.parse(at.text).error.message).toMatch(/description/);
  });

  it('when a bulk body lists 10,000 ids of 64 characters, then it is accepted', async () => {
    const fileIds = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(64, 'z'));
    const body = JSON.stringify({ fileIds, add: ['bulk-limit'] });
    expect(body.length).toBeGreaterThan(600_000);
    const res = await sendJson('POST', '/api/bulk/tags', body);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).failed).toHaveLength(10_000);
  }, 30_000);

  it('when a bulk body is 2 MB, then 413 in our envelope', async () => {
    const body = JSON.stringify({
      fileIds: [fileId],
      add: ['x'],
      pad: 'p'.repeat(2 * 1024 * 1024),
    });
    const res = await sendJson('POST', '/api/bulk/tags', body);
    expect(res.status).toBe(413);
    expect(errorCode(res)).toBe('payload_too_large');
  });
});

describe('nothing the user names is fetched or forwarded', () => {
  it.each([
    { webhookUrl: 'http://169.254.169.254/latest/meta-data/' },
    { extensions: [{ name: 'remove-bg', options: {} }] },
    { publish: { isPublished: false } },
  ])('when a PATCH carries %j, then 400 and no request leaves for the library', async (extra) => {
    proxy.requests.length = 0;
    const before = await t.stored(fileId);
    const res = await sendJson(
      'PATCH',
      `/api/files/${fileId}/details`,
      JSON.stringify({ tags: ['x'], ...extra }),
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.message).toContain(Object.keys(extra)[0]);
    expect(proxy.requests).toEqual([]);
    expect(await t.stored(fileId)).toEqual(before);
  });
});

const json = { 'content-type': 'application/json' };

describe('requests the parsers cannot read', () => {
  it.each([
    {
      what: 'a malformed percent-encoding in the fileId',
      path: '/api/files/%E0%A4%A',
      status: 400,
      message: /percent-encoded/,
    },
    {
      what: 'a body that is not JSON',
      headers: { 'content-type': 'text/plain' },
      body: 'tags=a',
      status: 415,
      message: /as JSON/,
    },
    {
      what: 'JSON in another charset',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: '{}',
      status: 415,
      message: /UTF-8/,
    },
    {
      what: 'a gzip header on a plain body',
      headers: { ...json, 'content-encoding': 'gzip' },
      body: '{}',
      status: 400,
      message: /decompressed/,
    },
    {
      what: 'a prototype key deep in the body',
      headers: json,
      body: '{"customMetadata":{"a":{"__proto__":{"x":1}}}}',
      status: 400,
      message: /"__proto__"/,
    },
    {
      what: 'half a surrogate pair in a tag',
      headers: json,
      body: '{"tags":["\\ud800"]}',
      status: 400,
      message: /Unicode/,
    },
    {
      what: 'a prototype key in the query',
      path: '/api/files/ID?constructor=x',
      status: 400,
      message: /"constructor"/,
    },
  ])('when $what, then $status with a clear message', async (c) => {
    const res = await sendRaw(served.origin, {
      method: c.body === undefined ? 'GET' : 'PATCH',
      path: (c.path ?? '/api/files/ID/details').replace('ID', fileId),
      headers: { ...editor.headers, ...c.headers },
      body: c.body,
    });
    expect(res.status).toBe(c.status);
    expect(JSON.parse(res.text).error.message).toMatch(c.message);
  });
});
