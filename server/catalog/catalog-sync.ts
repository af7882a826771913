import type { Logger } from 'pino';
import type { ImageKitListParams } from '../../common/api/list-files.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { AppError } from '../errors.ts';
import type { CatalogState } from './catalog-state.ts';
import type { CatalogStore } from './catalog-store.ts';
import { pageThrough } from './overlapping-pager.ts';

export type SyncKind = 'full' | 'incremental';

export interface SyncProgress {
  kind: SyncKind;
  filesRead: number;
  pages: number;
}

export interface CatalogSyncDeps {
  store: CatalogStore;
  state: CatalogState;
  listFiles: (params: ImageKitListParams) => Promise<FileDetails[]>;
  logger: Logger;
  now?: () => number;
}

// ImageKit's documented date form has whole seconds, so an incremental pass asks again from a
// little before its mark: files changed in the mark's second are read twice rather than never.
const REASK_MS = 2000;

/** `2024-05-01T10:00:00`: UTC, whole seconds, the form ImageKit's searchQuery documents. */
export const isoSeconds = (ms: number) => new Date(Math.max(0, ms)).toISOString().slice(0, 19);

const updatedAtOf = (file: FileDetails) => Date.parse(file.updatedAt);

/**
 * Brings the catalog in step with ImageKit. A full pass reads every file (oldest first: a file
 * changed meanwhile keeps its place) and then sweeps out the rows it did not see, which is the
 * only way deletions become visible. An incremental pass reads only what changed since the
 * high-water mark, in update order. One pass at a time runs in this process; asking while one
 * runs queues one more (a full request upgrades a queued incremental one).
 */
export function createCatalogSync(deps: CatalogSyncDeps) {
  const { store, state, listFiles, logger } = deps;
  const now = deps.now ?? Date.now;
  let running: Promise<void> | null = null;
  let queued: { full: boolean; done: Promise<void> } | null = null;
  let progress: SyncProgress | null = null;
  let stopped = false;

  async function readPages(kind: SyncKind, params: Omit<ImageKitListParams, 'limit' | 'skip'>) {
    let newest = 0;
    progress = { kind, filesRead: 0, pages: 0 };
    const confirmedAt = now();
    const result = await pageThrough(
      (skip, limit) => listFiles({ ...params, limit, skip }),
      (file) => file.fileId,
      async (files) => {
        if (stopped) throw new Error('The server is shutting down; the catalog sync stopped.');
        await store.upsert(files, { confirmedAt });
        for (const file of files) newest = Math.max(newest, updatedAtOf(file));
        progress = {
          kind,
          filesRead: progress!.filesRead + files.length,
          pages: progress!.pages + 1,
        };
      },
    );
    return { ...result, newest, confirmedAt };
  }

  async function fullPass(): Promise<number> {
    // Everything changed after ImageKit's newest update at the start is for the next pass.
    const [latest] = await listFiles({ sort: 'DESC_UPDATED', limit: 1, skip: 0 });
    const mark = latest ? updatedAtOf(latest) : 0;
    const read = await readPages('full', { sort: 'ASC_CREATED' });
    if (read.gap) {
      logger.warn('catalog reconcile: the listing shifted too much to trust; no files swept');
    } else {
      const removed = await store.sweep(read.confirmedAt);
      if (removed > 0) logger.info({ removed }, 'catalog reconcile: deleted files removed');
    }
    await store.recountTags();
    await store.refreshStatistics();
    return mark;
  }

  async function incrementalPass(mark: number): Promise<number> {
    const since = isoSeconds(mark - REASK_MS);
    const read = await readPages('incremental', {
      searchQuery: `updatedAt >= "${since}"`,
      sort: 'ASC_UPDATED',
    });
    return Math.max(mark, read.newest);
  }

  async function runPass(full: boolean): Promise<void> {
    const mark = await state.highWater();
    const isFull = full || mark === null;
    try {
      const highWater = isFull ? await fullPass() : await incrementalPass(mark!);
      await state.passSucceeded(now(), highWater, isFull);
    } catch (error) {
      const message = error instanceof AppError ? error.message : 'The catalog sync failed.';
      logger.warn({ err: error, full: isFull }, 'catalog sync failed');
      await state.passFailed(message);
      throw error;
    } finally {
      progress = null;
    }
  }

  return {
    /** Runs a pass and resolves when it is done (after the one already running, if any). */
    run(kind: SyncKind): Promise<void> {
      if (stopped) return Promise.resolve();
      if (queued) {
        queued.full ||= kind === 'full';
        return queued.done;
      }
      const before = running ?? Promise.resolve();
      const entry = { full: kind === 'full', done: Promise.resolve() };
      entry.done = before
        .catch(() => undefined)
        .then(() => {
          queued = null;
          running = runPass(entry.full).finally(() => {
            running = null;
          });
          return running;
        });
      queued = entry;
      return entry.done;
    },

    isRunning: () => running !== null || queued !== null,

    /** No new passes; the running one ends after the page it is on (for shutdown). */
    stop(): void {
      stopped = true;
    },

    /** Resolves once no pass runs or waits (without starting one). */
    async idle(): Promise<void> {
      while (queued || running) await (queued?.done ?? running)!.catch(() => undefined);
    },
    progress: () => progress,
  };
}

export type CatalogSync = ReturnType<typeof createCatalogSync>;
