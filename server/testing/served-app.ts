import type { RequestHandler } from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { CSRF_HEADER } from '../../common/api/error-envelope.ts';
import type { Role } from '../../common/api/session.ts';
import { composeServer } from '../compose.ts';
import { loadConfig } from '../config.ts';
import { TEST_PASSWORD, type TestApp } from './test-app.ts';
import { sendRaw } from './raw-http.ts';

export interface ServeOptions {
  /** The key the gateway sends; the library's own by default. */
  privateKey?: string;
  /** Where the gateway sends API calls (`.../local`); the library itself by default. */
  apiBaseURL?: string;
  timeoutMs?: number;
  client?: RequestHandler;
  /** UPLOAD_MAX_MB, as text; 25 by default. */
  uploadMaxMb?: string;
}

/**
 * A second instance of the real app over the test app's data and library, listening on
 * loopback, so a test can put a recording proxy (or a wrong key, or a silent upstream) between
 * our server and the library, and read every log line this instance writes.
 */
export async function serveApp(t: TestApp, options: ServeOptions = {}) {
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
  // A second instance on the same DATA_DIR and database: it shares the users and sessions, as
  // instances do.
  const composed = await composeServer(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: t.dataDir,
      ...t.database.env,
      IMAGEKIT_PRIVATE_KEY: options.privateKey ?? t.library.privateKey,
      IMAGEKIT_URL_ENDPOINT: t.library.urlEndpoint,
      IMAGEKIT_API_BASE_URL: options.apiBaseURL ?? t.library.baseURL,
      IMAGEKIT_TIMEOUT_MS: String(options.timeoutMs ?? 5000),
      CATALOG_SYNC_SECONDS: '0',
      UPLOAD_MAX_MB: options.uploadMaxMb,
    }),
    // The test app's catalog is shared (same DATA_DIR); this instance leaves syncing to it.
    { logger, client: options.client },
  );
  const app = composed.app;
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    logLines,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void composed.close().then(resolve));
      }),
  };
}

export type ServedApp = Awaited<ReturnType<typeof serveApp>>;

export interface RawSession {
  cookie: string;
  csrf: string;
  /** The session and CSRF headers a correct mutating request carries. */
  headers: Record<string, string>;
}

/** Signs in over real HTTP and keeps the cookie and token as raw header values. */
export async function signInRaw(origin: string, role: Role): Promise<RawSession> {
  const res = await sendRaw(origin, {
    method: 'POST',
    path: '/api/session',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: role, password: TEST_PASSWORD }),
  });
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  const csrf = (JSON.parse(res.text) as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, [CSRF_HEADER]: csrf } };
}
