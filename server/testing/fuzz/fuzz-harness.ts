import { ROLES, type Role } from '../../../common/api/session.ts';
import { sendRaw } from '../raw-http.ts';
import { startRecordingProxy, type RecordingProxy } from '../recording-proxy.ts';
import { serveApp, signInRaw, type RawSession, type ServedApp } from '../served-app.ts';
import { createTestApp, type TestApp } from '../test-app.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';

export interface FuzzHarness {
  t: TestApp;
  /** Between tagcrop and the library: what tagcrop asked the library, seen from outside. */
  proxy: RecordingProxy;
  served: ServedApp;
  ctx: FuzzContext;
  /** Where a request goes: tagcrop's own origin, or the library's. */
  originOf(request: FuzzRequest): string;
  close(): Promise<void>;
}

/**
 * tagcrop listening behind a recording proxy to a standalone local library that holds two
 * images and a custom metadata field; a session of every role, a second editor session and one
 * that has ended. The fuzz suite aims at all of it.
 */
export async function startFuzzHarness(): Promise<FuzzHarness> {
  const t = await createTestApp();
  const target = await t.addImage('fuzz-target.jpg', { width: 800, height: 600 }, ['original']);
  await t.direct.files.update(target.fileId, { customCoordinates: '10,10,100,100' });
  await t.addImage('bystander.jpg', { width: 640, height: 480 }, ['other']);
  const field = await t.direct.customMetadataFields.create({
    name: 'fuzzNote',
    label: 'Fuzz note',
    schema: { type: 'Text', maxLength: 20 },
  });
  const libraryOrigin = new URL(t.library.baseURL).origin;
  const proxy = await startRecordingProxy(libraryOrigin);
  // 1 MB, so that a refused oversized upload is cheap to send.
  const served = await serveApp(t, { apiBaseURL: `${proxy.origin}/local`, uploadMaxMb: '1' });

  const sessions = {} as Record<Role, RawSession>;
  for (const role of ROLES) sessions[role] = await signInRaw(served.origin, role);
  const ended = await signInRaw(served.origin, 'viewer');
  const signOut = await sendRaw(served.origin, {
    method: 'DELETE',
    path: '/api/session',
    headers: ended.headers,
  });
  if (signOut.status !== 204) throw new Error(`sign-out failed: ${signOut.status}`);
  const ctx: FuzzContext = {
    fileId: target.fileId,
    sessions,
    otherEditor: await signInRaw(served.origin, 'editor'),
    endedCookie: ended.cookie,
    origin: served.origin,
    library: {
      authorization: `Basic ${Buffer.from(`${t.library.privateKey}:`).toString('base64')}`,
      filePath: target.filePath,
      fieldId: field.id!,
    },
  };
  return {
    t,
    proxy,
    served,
    ctx,
    originOf: (request) => (request.target === 'app' ? served.origin : libraryOrigin),
    async close() {
      await served.close();
      await proxy.close();
      await t.close();
    },
  };
}
