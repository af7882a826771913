import type { Router } from 'express';
import fs from 'node:fs';
import { pino, type Logger } from 'pino';
import { createFileRepository } from './db/file-repository.ts';
import { createFolderRepository } from './db/folder-repository.ts';
import { createMetaRepository } from './db/meta-repository.ts';
import { openDatabase } from './db/open-database.ts';
import { createFileService } from './files/file-service.ts';
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
  logger?: Logger;
}

export interface LocalLibrary {
  router: Router;
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
    const service = createFileService({ files, folders, store });
    if (options.seedSamples !== false) {
      await seedSamples({ files, meta: createMetaRepository(db), service, logger });
    }
    const router = createLibraryRouter({
      privateKey: options.privateKey,
      urlEndpoint: options.urlEndpoint.replace(/\/+$/, ''),
      service,
      files,
      folders,
      store,
      logger,
    });
    return { router, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
