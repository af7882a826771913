import type { Express, RequestHandler } from 'express';
import path from 'node:path';
import type { Logger } from 'pino';
import {
  createLocalLibrary,
  loadOrCreateLibraryKey,
  parseRateLimit,
  type LocalLibrary,
} from '../local-library/index.ts';
import { createApp } from './app.ts';
import { every, startSweeps } from './background-work.ts';
import { createAuthService, type AuthService } from './auth/auth-service.ts';
import { createSignInThrottle } from './auth/sign-in-throttle.ts';
import { ConfigError, type Config } from './config.ts';
import { createDatabaseHealth } from './db/database-health.ts';
import { openDatabase, type Db } from './db/database.ts';
import { createLeadership } from './db/leadership.ts';
import { createNamedLocks } from './db/named-locks.ts';
import { createRateEvents } from './db/rate-events.ts';
import { createRateLimitHold } from './db/rate-limit-hold.ts';
import { createCatalog, type Catalog } from './catalog/catalog-service.ts';
import { startSyncSchedule } from './catalog/sync-schedule.ts';
import { createBulkTagsService } from './files/bulk-tags-service.ts';
import { createFileLocks } from './files/file-locks.ts';
import { createFilesService } from './files/files-service.ts';
import { createUploadRateLimit } from './files/upload-rate-limit.ts';
import { createUploadService } from './files/upload-service.ts';
import { emptySpoolDir } from './files/upload-spool.ts';
import {
  createImageKitGateway,
  type ImageKitGateway,
  type ImageKitSettings,
} from './imagekit/imagekit-gateway.ts';
import { createJournal, type Journal } from './journal/journal-store.ts';
import { settlePendingSaves } from './journal/pending-saves.ts';
import { createReverter } from './journal/revert-service.ts';
import { createRuns, type Runs } from './runs/create-runs.ts';
import type { RetryPolicy } from './runs/send-tags.ts';
import { createViewsRepo } from './views/views-repo.ts';

export interface ComposeOptions {
  logger: Logger;
  /**
   * How this server reaches itself (e.g. `http://127.0.0.1:3000`); needed with the embedded local
   * library, which is mounted on it: our SDK calls travel there over real HTTP, as to ImageKit.
   */
  selfUrl?: string;
  /** Serves the browser app; API tests leave it out. */
  client?: RequestHandler;
  development?: boolean;
  /** Wraps the ImageKit gateway: tests use it to hold or observe calls at a chosen moment. */
  wrapGateway?: (gateway: ImageKitGateway) => ImageKitGateway;
  /** How runs retry a chunk's call; tests shorten the waits. */
  runRetry?: RetryPolicy;
}

export interface ComposedServer {
  app: Express;
  db: Db;
  auth: AuthService;
  catalog: Catalog;
  /**
   * Starts the catalog's syncs: one pass now (unless `runNow` is false), then every
   * CATALOG_SYNC_SECONDS. Call it once the app answers requests: with the embedded library,
   * the sync reaches it through this very server. Resolves when the first pass has ended.
   */
  startCatalogSync(options?: { runNow?: boolean }): Promise<void>;
  journal: Journal;
  runs: Runs;
  /**
   * Settles what the last process left on its way (saves whose answer it never saw) and resumes
   * the runs it was driving. Call it once the app answers requests, as startCatalogSync.
   */
  resumeWork(): Promise<void>;
  library: Config['library']['kind'];
  /** Present when no ImageKit key is configured. */
  localLibrary?: LocalLibrary;
  /** Stops timers and closes what the server opened. */
  close(): Promise<void>;
}

interface Upstream {
  settings: ImageKitSettings;
  imageOrigins: string[];
  localLibrary?: LocalLibrary;
}

/**
 * The one place that wires tagcrop: stores, the ImageKit gateway, the services, and the embedded
 * local library when no key is set. The server, the API tests, the fuzz suite and the benchmarks
 * all start here, so what they exercise is what runs in production.
 */
export async function composeServer(
  config: Readonly<Config>,
  options: ComposeOptions,
): Promise<ComposedServer> {
  const upstream = await connectUpstream(config, options);
  const db = await openDatabase(config.database, {
    onConnectionError: (error) =>
      options.logger.warn({ err: error }, 'a pooled database connection failed'),
  }).catch((error: unknown) => {
    // A PostgreSQL that cannot be reached stops the start; leave nothing of ours open.
    upstream.localLibrary?.close();
    throw error;
  });
  const auth = createAuthService(db);
  const rateEvents = createRateEvents(db);
  const plainGateway = createImageKitGateway({
    ...upstream.settings,
    hold: createRateLimitHold(rateEvents),
  });
  const gateway = options.wrapGateway?.(plainGateway) ?? plainGateway;
  const logger = options.logger.child({ module: 'catalog' });
  const catalog = createCatalog(db, { listFiles: gateway.listFiles, logger });
  let schedule: ReturnType<typeof startSyncSchedule> | null = null;
  const journal = createJournal(db);
  // Two pools: a run or the catalog's sync holds its lease for minutes, and must never leave
  // a save without a connection to lock its file with.
  const leases = createNamedLocks(config.database);
  const fileLocks = createNamedLocks(config.database);
  const locks = createFileLocks(fileLocks);
  const syncLead = createLeadership(leases, 'catalog-sync');
  const files = createFilesService(gateway, catalog, { journal, locks });
  const runs = createRuns({
    db,
    imagekit: gateway,
    catalog,
    journal,
    locks,
    get: files.get,
    logger: options.logger.child({ module: 'runs' }),
    retry: options.runRetry,
    lease: (runId, drive) => leases.tryWithLock(`run:${runId}`, drive),
  });

  const app = createApp({
    logger: options.logger,
    auth,
    signInThrottle: createSignInThrottle(rateEvents),
    files,
    bulk: createBulkTagsService(runs.service),
    journal,
    revert: createReverter(journal, files.write),
    runs: runs.service,
    catalog,
    views: createViewsRepo(db),
    uploads: {
      service: createUploadService({
        imagekit: gateway,
        catalog,
        maxPixels: config.upload.maxPixels,
        journal,
      }),
      rateLimit: createUploadRateLimit(rateEvents, config.upload.rateLimit),
      spoolDir: emptySpoolDir(config.dataDir),
      maxBytes: config.upload.maxBytes,
    },
    library: config.library.kind,
    database: createDatabaseHealth(db),
    localLibrary: upstream.localLibrary?.router,
    client: options.client,
    imageOrigins: upstream.imageOrigins,
    development: options.development,
    trustProxy: config.trustProxy,
  });

  const sweeps = startSweeps({ auth, rateEvents, logger: options.logger });
  let takeover: { stop(): void } | null = null;

  return {
    app,
    db,
    auth,
    catalog,
    startCatalogSync({ runNow = true } = {}) {
      schedule ??= startSyncSchedule({
        sync: catalog.sync,
        state: catalog.state,
        logger,
        intervalSeconds: config.catalogSyncSeconds,
        runAtStart: runNow,
        alone: async (pass) => {
          if (await syncLead.lead()) await pass();
        },
      });
      return schedule.firstPass;
    },
    journal,
    runs,
    async resumeWork() {
      const resume = async () => {
        await settlePendingSaves(journal, locks, files.get);
        await runs.engine.resume();
      };
      await resume();
      // Only a shared database has other instances whose work can be left halfway.
      if (config.database.kind !== 'postgres' || takeover) return;
      takeover = every(
        config.takeoverSeconds * 1000,
        resume,
        'could not take over work left by another instance',
        options.logger,
      );
    },
    library: config.library.kind,
    localLibrary: upstream.localLibrary,
    async close() {
      sweeps.stop();
      takeover?.stop();
      schedule?.stop();
      await runs.engine.stop();
      // A pass still reading must not write into a closed database; it stops at its next page.
      catalog.sync.stop();
      await catalog.sync.idle();
      upstream.localLibrary?.close();
      await syncLead.close();
      await Promise.all([leases.close(), fileLocks.close()]);
      await db.destroy();
    },
  };
}

/** Decides, once, whether calls go to ImageKit or to the embedded local library. */
async function connectUpstream(
  config: Readonly<Config>,
  options: ComposeOptions,
): Promise<Upstream> {
  const timeoutMs = config.imagekitTimeoutMs;
  if (config.library.kind === 'imagekit') {
    const { privateKey, apiBaseUrl, urlEndpoint } = config.library;
    return {
      settings: { privateKey, baseURL: apiBaseUrl, urlEndpoint, timeoutMs },
      imageOrigins: [new URL(urlEndpoint).origin],
    };
  }
  if (!options.selfUrl) throw new Error('The embedded local library needs the server address.');
  const dataDir = path.join(config.dataDir, 'local-library');
  const privateKey = loadOrCreateLibraryKey(dataDir, config.library.configuredKey);
  const urlEndpoint = `${options.selfUrl}/local/media`;
  const localLibrary = await createLocalLibrary({
    dataDir,
    privateKey,
    urlEndpoint,
    rateLimit: localRateLimit(config.library.rateLimit),
    // The embedded library refuses what tagcrop refuses, as a library of its own would.
    maxUploadBytes: config.upload.maxBytes,
    maxInputPixels: config.upload.maxPixels,
    logger: options.logger.child({ module: 'local-library' }),
  });
  return {
    settings: { privateKey, baseURL: `${options.selfUrl}/local`, urlEndpoint, timeoutMs },
    imageOrigins: [options.selfUrl],
    localLibrary,
  };
}

/** The local library reads its own rate-limit notation; a bad one is a configuration problem. */
function localRateLimit(text: string | undefined) {
  if (text === undefined) return undefined;
  try {
    return parseRateLimit(text);
  } catch (error) {
    throw new ConfigError([`LOCAL_LIBRARY_RATE_LIMIT: ${(error as Error).message}`]);
  }
}
