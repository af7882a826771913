import { toFile } from '@imagekit/nodejs';
import util from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImageKitGateway } from './imagekit-gateway.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { sendRaw, type RawRequest, type RawResponse } from '../testing/raw-http.ts';
import { serveApp, signInRaw, type RawSession, type ServedApp } from '../testing/served-app.ts';
import { startSilentServer } from '../testing/silent-server.ts';

const CANARY_IMAGEKIT_KEY = 'private_CanaryImageKitKey0Zq8Xw3Lm5Tn7Rv9';
const WRONG_PASSWORD = 'Wrong-Pass-Canary-4711';

/** A key as it may travel: itself, or inside the Basic auth header the SDK builds from it. */
const secretForms = (key: string) => [
  key,
  Buffer.from(key).toString('base64'),
  Buffer.from(`${key}:`).toString('base64'),
  Buffer.from(`${key}:do_not_set`).toString('base64'),
];

let t: TestApp;
const apps: ServedApp[] = [];
const exchanges: Array<{ label: string; res: RawResponse }> = [];
const thrown: unknown[] = [];
let sessions: RawSession[] = [];

async function call(app: ServedApp, label: string, request: RawRequest) {
  exchanges.push({ label, res: await sendRaw(app.origin, request) });
}

const json = (session: RawSession, body: unknown) => ({
  headers: { ...session.headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  t = await createTestApp();
  const file = await t.addImage('leak.jpg', { width: 400, height: 300 }, ['leak']);
  const privateFile = await t.direct.files.upload({
    file: await toFile(
      await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } })
        .jpeg()
        .toBuffer(),
      'secret.jpg',
    ),
    fileName: 'secret.jpg',
    isPrivateFile: true,
  });
  const silent = await startSilentServer();
  const hangUp = await startSilentServer('hang-up');
  const good = await serveApp(t);
  const wrongKey = await serveApp(t, { privateKey: CANARY_IMAGEKIT_KEY });
  const hanging = await serveApp(t, { apiBaseURL: `${silent.origin}/local`, timeoutMs: 300 });
  const unreachable = await serveApp(t, { apiBaseURL: `${hangUp.origin}/local` });
  apps.push(good, wrongKey, hanging, unreachable);

  const editor = await signInRaw(good.origin, 'editor');
  const admin = await signInRaw(good.origin, 'admin');
  sessions = [editor, admin];
  const id = file.fileId;
  const details = `/api/files/${id}/details`;

  await call(good, 'wrong password', {
    method: 'POST',
    path: '/api/session',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'editor', password: WRONG_PASSWORD }),
  });
  await call(good, 'session', { method: 'GET', path: '/api/session', headers: editor.headers });
  await call(good, 'list', { method: 'GET', path: '/api/files', headers: editor.headers });
  await call(good, 'get', { method: 'GET', path: `/api/files/${id}`, headers: editor.headers });
  await call(good, 'get 404', {
    method: 'GET',
    path: '/api/files/nope404',
    headers: editor.headers,
  });
  await call(good, 'patch', { method: 'PATCH', path: details, ...json(editor, { tags: ['a'] }) });
  await call(good, 'patch 400', { method: 'PATCH', path: details, ...json(editor, { tags: 5 }) });
  await call(good, 'patch region past the edge', {
    method: 'PATCH',
    path: details,
    ...json(editor, { customCoordinates: '0,0,401,10' }),
  });
  await call(good, 'patch 413', {
    method: 'PATCH',
    path: details,
    ...json(editor, { description: 'x'.repeat(70_000) }),
  });
  await call(good, 'bulk', {
    method: 'POST',
    path: '/api/bulk/tags',
    ...json(editor, { fileIds: [id, 'missing1'], add: ['bulk'] }),
  });
  await call(good, 'image', {
    method: 'GET',
    path: `/api/files/${id}/image?tr=w-100`,
    headers: editor.headers,
  });
  await call(good, 'signed image', {
    method: 'GET',
    path: `/api/files/${privateFile.fileId}/image?tr=w-100`,
    headers: editor.headers,
  });
  await call(good, 'tags', { method: 'GET', path: '/api/tags?q=a', headers: editor.headers });
  await call(good, 'users', { method: 'GET', path: '/api/users', headers: admin.headers });
  await call(good, 'password change refused', {
    method: 'PUT',
    path: '/api/session/password',
    ...json(admin, { currentPassword: WRONG_PASSWORD, newPassword: `${WRONG_PASSWORD}-new` }),
  });
  await call(good, 'no such route', {
    method: 'GET',
    path: '/api/nowhere',
    headers: admin.headers,
  });

  for (const [app, name] of [
    [wrongKey, 'wrong key'],
    [hanging, 'timeout'],
    [unreachable, 'unreachable'],
  ] as const) {
    await call(app, `${name}: list`, {
      method: 'GET',
      path: '/api/files',
      headers: editor.headers,
    });
    await call(app, `${name}: get`, {
      method: 'GET',
      path: `/api/files/${id}`,
      headers: editor.headers,
    });
    await call(app, `${name}: patch`, {
      method: 'PATCH',
      path: details,
      ...json(editor, { tags: ['b'] }),
    });
    await call(app, `${name}: bulk`, {
      method: 'POST',
      path: '/api/bulk/tags',
      ...json(editor, { fileIds: [id], add: ['c'] }),
    });
    await call(app, `${name}: image`, {
      method: 'GET',
      path: `/api/files/${privateFile.fileId}/image`,
      headers: editor.headers,
    });
  }
  await call(good, 'sign out', { method: 'DELETE', path: '/api/session', headers: editor.headers });

  const wrong = createImageKitGateway({
    privateKey: CANARY_IMAGEKIT_KEY,
    baseURL: t.library.baseURL,
    urlEndpoint: t.library.urlEndpoint,
    timeoutMs: 2000,
  });
  for (const attempt of [() => wrong.getFile(id), () => wrong.updateDetails(id, { tags: ['x'] })]) {
    await attempt().catch((error: unknown) => thrown.push(error));
  }
  await silent.close();
  await hangUp.close();
}, 60_000);

afterAll(async () => {
  for (const app of apps) await app.close();
  await t?.close();
});

const allLogLines = () => [...t.logLines, ...apps.flatMap((a) => a.logLines)];

describe('the private keys never leave the server', () => {
  it('when things went right and wrong, then the runs really covered both', () => {
    const statuses = new Set(exchanges.map((e) => e.res.status));
    for (const status of [200, 302, 400, 401, 404, 413, 502, 504])
      expect(statuses).toContain(status);
    expect(exchanges.find((e) => e.label === 'signed image')?.res.headers.location).toMatch(
      /ik-s=/,
    );
    const statusOf = (label: string) => exchanges.find((e) => e.label === label)?.res.status;
    expect(statusOf('wrong key: get')).toBeGreaterThanOrEqual(400);
    expect(statusOf('timeout: get')).toBe(504);
    expect(statusOf('unreachable: get')).toBe(502);
    expect(thrown).toHaveLength(2);
    expect(allLogLines().some((line) => line.includes('"level":50'))).toBe(true);
  });

  it.each([
    ['the local library key', () => t.library.privateKey],
    ['a canary ImageKit key', () => CANARY_IMAGEKIT_KEY],
  ])('then %s is in no response body, header, log line or error', (_name, key) => {
    expect(key().length).toBeGreaterThanOrEqual(16);
    const errors = thrown.map((e) => util.inspect(e, { depth: 10 }));
    const places = [
      ...exchanges.map((e) => [`${e.label} body`, e.res.text]),
      ...exchanges.map((e) => [`${e.label} headers`, JSON.stringify(e.res.headers)]),
      ...allLogLines().map((line, i) => [`log line ${i}`, line]),
      ...errors.map((text, i) => [`thrown error ${i}`, text]),
    ];
    const leaks = places.flatMap(([where, text]) =>
      secretForms(key()).some((form) => text!.includes(form)) ? [where] : [],
    );
    expect(leaks).toEqual([]);
  });

  it('then no log line holds a cookie, an Authorization header, a CSRF token or a password', () => {
    const lines = allLogLines();
    expect(lines.length).toBeGreaterThan(exchanges.length);
    const secrets = [
      'tagcrop_session=',
      TEST_PASSWORD,
      WRONG_PASSWORD,
      ...sessions.flatMap((s) => [s.cookie.split('=')[1]!, s.csrf]),
    ];
    const offending = lines.filter(
      (line) =>
        /"(authorization|cookie|set-cookie|x-csrf-token)"|Basic [A-Za-z0-9+/=]{8,}/i.test(line) ||
        secrets.some((secret) => line.includes(secret)),
    );
    expect(offending).toEqual([]);
  });
});
