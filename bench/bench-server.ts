import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Role } from '../common/api/session.ts';
import { startLocalLibrary } from '../local-library/index.ts';
import { composeServer } from '../server/compose.ts';
import { loadConfig } from '../server/config.ts';

const USER = { username: 'bench', password: 'bench-password' };

/**
 * tagcrop as deployed against ImageKit, with a local library standing in for it on loopback
 * HTTP, listening on a free port; and a signed-in user of the given role to call its API.
 */
export async function startBenchServer(options: { seedSamples: boolean; role: Role }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-bench-'));
  const library = await startLocalLibrary({
    dataDir: path.join(dir, 'library'),
    seedSamples: options.seedSamples,
  });
  const composed = await composeServer(
    loadConfig({
      DATA_DIR: dir,
      IMAGEKIT_PRIVATE_KEY: library.privateKey,
      IMAGEKIT_URL_ENDPOINT: library.urlEndpoint,
      IMAGEKIT_API_BASE_URL: library.baseURL,
      IMAGEKIT_TIMEOUT_MS: '10000',
    }),
    { logger: pino({ level: 'silent' }) },
  );
  await composed.auth.createUser(USER.username, USER.password, options.role);
  const server = composed.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(USER),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };

  return {
    base,
    library,
    /** Calls tagcrop's API as the signed-in user; throws on any status but 2xx. */
    async api<T>(pathname: string, init: RequestInit = {}): Promise<T> {
      const res = await fetch(`${base}${pathname}`, {
        ...init,
        headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
      });
      if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      server.close();
      await library.close();
      await composed.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
