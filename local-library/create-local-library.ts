import type { Router } from 'express';
import fs from 'node:fs';
import { pino, type Logger } from 'pino';
import { createCustomFieldRepository } from './db/custom-field-repository.ts';
import { createFileRepository } from './db/file-repository.ts';
import { createFolderRepository } from './db/folder-repository.ts';
import { createMetaRepository } from './db/meta-repository.ts';
import { openDatabase } from './db/open-database.ts';
import { createBulkService } from './files/bulk-service.ts';
import { createFileService, newId } from './files/file-service.ts';
import { createFaultInjector, type FaultSwitch } from './http/fault-switch.ts';
import { createApiRateLimiter } from './http/rate-limit.ts';
import { DEFAULT_MAX_UPLOAD_BYTES } from './http/upload-body.ts';
import { createCustomFieldService } from './metadata/custom-field-service.ts';
import type { RateLimit } from './rate-limit/rate-limit-text.ts';
import { createLibraryRouter } from './router.ts';
import { seedSamples } from './seed/seed-samples.ts';
import { createFileStore } from './storage/file-store.ts';

export interface LocalLibraryOptions {
  /** The library's own folder; the database, originals and render cache live here. */
  dataDir: string;
  /** The HTTP Basic user name the management and upload API accepts. */
  privateKey: string;
  /** Public base of delivery URLs, e.g. "http://127.0.0.1:3000/local/media" (no trailing slash). */
  urlEndpoint: string;
  /** Default true: on first start with an empty library, add the sample images. */
  seedSamples?: boolean;
  /**
   * Management API calls allowed per interval, for the whole library (ImageKit limits per
   * account); past it, 429 as ImageKit answers. Absent: no limit (the headers still come).
   */
  rateLimit?: RateLimit;
  /** The largest upload accepted, in bytes (default 50 MiB, ImageKit's Pro plan). */
  maxUploadBytes?: number;
  /** Uploads announcing more pixels are refused before decoding (default 100 megapixels). */
  maxInputPixels?: number;
  /** Bytes of rendered variants kept on disk (default 512 MiB); least recently served go first. */
  variantCacheBytes?: number;
  logger?: Logger;
}

export interface LocalLibrary {
  router: Router;
  /** Makes API calls fail on purpose (5xx or no answer), for tests of clients. */
  faults: FaultSwitch;
  /** Drops calls held by a hang fault and closes the database. */
  close(): void;
}

/** An offline, ImageKit-compatible media library; mount `router` at `/local`. */
export async function createLocalLibrary(options: LocalLibraryOptions): Promise<LocalLibrary> {
  if (options.privateKey === '') throw new Error('The local library needs a non-empty privateKey.');
  const logger = options.logger ?? pino({ level: 'silent' });
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(options.dataDir);
  try {
    const files = createFileRepository(db);
    const folders = createFolderRepository(db);
    const store = createFileStore(options.dataDir);
    const customFields = createCustomFieldService({
      fields: createCustomFieldRepository(db),
      files,
      newId,
    });
    const service = createFileService({
      files,
      folders,
      store,
      customFields: () => customFields.liveFields(),
      maxInputPixels: options.maxInputPixels,
    });
    if (options.seedSamples !== false) {
      await seedSamples({ files, meta: createMetaRepository(db), service, logger });
    }
    const faults = createFaultInjector();
    const router = createLibraryRouter({
      privateKey: options.privateKey,
      urlEndpoint: options.urlEndpoint.replace(/\/+$/, ''),
      service,
      bulk: createBulkService({ files, store }),
      customFields,
      files,
      folders,
      store,
      rateLimiter: createApiRateLimiter(options.rateLimit),
      variantCacheBytes: options.variantCacheBytes,
      maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
      faults,
      logger,
    });
    return {
      router,
      faults: { set: faults.set },
      close() {
        faults.releaseHeld();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
