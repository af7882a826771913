import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import sharp from 'sharp';
import ImageKit, { toFile } from '@imagekit/nodejs';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { CSRF_HEADER } from '../../common/api/error-envelope.ts';
import type { Role } from '../../common/api/session.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { startLocalLibrary, type RateLimit } from '../../local-library/index.ts';
import { composeServer, type ComposeOptions } from '../compose.ts';
import { loadConfig } from '../config.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'correct horse battery';

/**
 * The real app, on a fresh temp DATA_DIR and a fresh database (SQLite in it, or PostgreSQL in the
 * node-pg project: test-database.ts), forwarding over real loopback HTTP to a real local
 * library; plus a direct SDK client to that library, to check what actually got stored.
 */
export interface TestAppOptions {
  timeoutMs?: number;
  trustProxy?: boolean | number | string;
  /** The local library's own rate limit, to exercise our 429 handling. */
  rateLimit?: RateLimit;
  wrapGateway?: ComposeOptions['wrapGateway'];
  /**
   * The catalog pass a server runs at start. Off by default: the library starts empty, and
   * upstream calls a test did not make would spoil the ones that count them (rate limits).
   */
  catalogSyncAtStart?: boolean;
  /** IMAGEKIT_URL_ENDPOINT as configured; by default the library's own. */
  urlEndpoint?: string;
  /** UPLOAD_MAX_MB, UPLOAD_MAX_MEGAPIXELS and UPLOAD_RATE_LIMIT, as text; defaults otherwise. */
  upload?: { maxMb?: string; maxMegapixels?: string; rateLimit?: string };
  /**
   * Puts something between the app and the library (a fault-injecting proxy): given the
   * library's base URL, answers the one the gateway should call instead.
   */
  interpose?: (libraryBaseURL: string) => Promise<string>;
  runRetry?: ComposeOptions['runRetry'];
}

export async function createTestApp(options: TestAppOptions = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-test-'));
  const library = await startLocalLibrary({
    dataDir: path.join(dataDir, 'library'),
    seedSamples: false,
    rateLimit: options.rateLimit,
  });
  const database = await createTestDatabase(dataDir);
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
  // Configured as a deployment against ImageKit would be, with the library standing in for it.
  const server = await composeServer(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      ...database.env,
      IMAGEKIT_PRIVATE_KEY: library.privateKey,
      IMAGEKIT_URL_ENDPOINT: options.urlEndpoint ?? library.urlEndpoint,
      IMAGEKIT_API_BASE_URL: (await options.interpose?.(library.baseURL)) ?? library.baseURL,
      IMAGEKIT_TIMEOUT_MS: String(options.timeoutMs ?? 5000),
      TRUST_PROXY: String(options.trustProxy ?? false),
      // Tests sync the catalog when they mean to (syncCatalog), never on a timer.
      CATALOG_SYNC_SECONDS: '0',
      UPLOAD_MAX_MB: options.upload?.maxMb,
      UPLOAD_MAX_MEGAPIXELS: options.upload?.maxMegapixels,
      UPLOAD_RATE_LIMIT: options.upload?.rateLimit,
    }),
    {
      logger,
      wrapGateway: options.wrapGateway,
      runRetry: options.runRetry,
    },
  );
  if (options.catalogSyncAtStart) await server.startCatalogSync();
  const { app, auth, db, catalog, journal, runs } = server;
  // Retries here only smooth over a rate limit a test has switched on; the app's own gateway
  // keeps its no-blind-retry policy.
  const direct = new ImageKit({
    privateKey: library.privateKey,
    baseURL: library.baseURL,
    maxRetries: 6,
  });

  for (const role of ['viewer', 'editor', 'admin'] as const) {
    await auth.createUser(role, TEST_PASSWORD, role);
  }

  return {
    app,
    auth,
    db,
    catalog,
    journal,
    runs,
    /** What a restart does: settles saves left on their way, resumes runs. */
    resumeWork: server.resumeWork,
    direct,
    library,
    logLines,
    dataDir,
    database,

    /** A cookie-keeping client signed in with the given role, and its CSRF token. */
    async signIn(role: Role): Promise<{ agent: TestAgent; csrf: Record<string, string> }> {
      const agent = request.agent(app);
      const res = await agent
        .post('/api/session')
        .send({ username: role, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
      return { agent, csrf: { [CSRF_HEADER]: res.body.csrfToken as string } };
    },

    /** Uploads a plain image straight to the library and returns its details. */
    async addImage(
      name: string,
      size = { width: 800, height: 600 },
      tags?: string[],
      extra: { isPrivateFile?: boolean; folder?: string } = {},
    ): Promise<FileDetails> {
      const data = await sharp({ create: { ...size, channels: 3, background: '#3366cc' } })
        .jpeg()
        .toBuffer();
      const uploaded = await direct.files.upload({
        file: await toFile(data, name),
        fileName: name,
        folder: '/test/',
        useUniqueFileName: false,
        ...(tags ? { tags } : {}),
        ...extra,
      });
      return (await direct.files.get(uploaded.fileId!)) as unknown as FileDetails;
    },

    /**
     * Brings the catalog in step with the library, as the timer would: needed after changes made
     * outside tagcrop (addImage, direct). `full` also drops files deleted from the library.
     */
    async syncCatalog(full = false): Promise<void> {
      await catalog.sync.run(full ? 'full' : 'incremental');
    },

    async stored(fileId: string): Promise<FileDetails> {
      return (await direct.files.get(fileId)) as unknown as FileDetails;
    },

    async close(): Promise<void> {
      // A test may have stopped the library already, to see ImageKit unreachable.
      await library.close().catch(() => undefined);
      await server.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
