import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { composeServer, type ComposedServer } from './compose.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createTestDatabase, TEST_DATABASE_KIND } from './testing/test-database.ts';

const logger = pino({ level: 'silent' });
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-compose-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh DATA_DIR and database (SQLite in it, or PostgreSQL in node-pg), as environment. */
async function freshData(): Promise<Record<string, string>> {
  const dataDir = tempDir();
  const database = await createTestDatabase(dataDir);
  cleanups.push(() => database.drop());
  return { DATA_DIR: dataDir, ...database.env };
}

/** Listens first, as server/index.ts does: the embedded library's URLs need the real port. */
async function serveEmbedded(env: Record<string, string>): Promise<ComposedServer> {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  server.unref();
  const selfUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const composed = await composeServer(loadConfig({ ...(await freshData()), ...env }), {
    logger,
    selfUrl,
  });
  cleanups.push(() => composed.close());
  handler = composed.app;
  await composed.startCatalogSync();
  return composed;
}

// Seeding the embedded library renders 20 sample images, which takes seconds on a busy machine.
describe('composeServer', { timeout: 30_000 }, () => {
  it('without a key, mounts the local library and reaches it over HTTP through the SDK', async () => {
    const composed = await serveEmbedded({});
    expect(composed.library).toBe('local');
    await composed.auth.createUser('ann', 'a-long-password', 'viewer');
    const agent = request.agent(composed.app);
    expect((await agent.get('/api/health')).body).toEqual({
      status: 'ok',
      library: 'local',
      database: TEST_DATABASE_KIND,
    });
    await agent.post('/api/session').send({ username: 'ann', password: 'a-long-password' });

    const list = await agent.get('/api/files').query({ limit: 5 });
    expect(list.status).toBe(200);
    // The seeded samples reached the catalog through /local/v1/files, over the server's own port.
    expect(list.body.files).toHaveLength(5);
    expect(list.body.files[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/local\/media\//);
    // Seeding renders 20 images and the catalog syncs them: seconds on a busy machine.
  }, 20_000);

  it('refuses a local library rate limit it cannot read, as a configuration problem', async () => {
    await expect(serveEmbedded({ LOCAL_LIBRARY_RATE_LIMIT: 'fast' })).rejects.toThrow(ConfigError);
    await expect(serveEmbedded({ LOCAL_LIBRARY_RATE_LIMIT: 'fast' })).rejects.toThrow(
      /LOCAL_LIBRARY_RATE_LIMIT: "fast" is not a rate limit/,
    );
  });

  it('with a key, talks to the configured ImageKit and mounts no local library', async () => {
    const composed = await composeServer(
      loadConfig({
        ...(await freshData()),
        IMAGEKIT_PRIVATE_KEY: 'private_not_used_in_this_test',
        IMAGEKIT_URL_ENDPOINT: 'https://ik.imagekit.io/demo',
      }),
      { logger },
    );
    cleanups.push(() => composed.close());
    expect(composed.library).toBe('imagekit');
    expect(composed.localLibrary).toBeUndefined();
    expect((await request(composed.app).get('/local/v1/files')).status).toBe(404);
  });
});
