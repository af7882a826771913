import type { Logger } from 'pino';
import type { CatalogState } from './catalog-state.ts';
import type { CatalogSync, SyncKind } from './catalog-sync.ts';

/** The automatic reconcile (the pass that finds deletions) runs at most this often. */
export const RECONCILE_EVERY_MS = 24 * 60 * 60 * 1000;

export interface SyncScheduleOptions {
  sync: CatalogSync;
  state: CatalogState;
  logger: Logger;
  /** Seconds between automatic passes; 0 runs only the one at start. */
  intervalSeconds: number;
  /** Run a pass at once (the default); tests that count upstream calls turn it off. */
  runAtStart?: boolean;
  /**
   * Runs a pass only in the instance that leads the catalog's sync (elsewhere a tick does
   * nothing): several instances on one database share one catalog, and one of them syncs it.
   */
  alone?: (pass: () => Promise<void>) => Promise<unknown>;
  now?: () => number;
}

/**
 * At start: a full pass if the catalog never had one, else an incremental one. Then an
 * incremental pass every interval, or a reconcile when the last is a day old.
 */
export function startSyncSchedule(options: SyncScheduleOptions) {
  const { sync, state, logger } = options;
  const now = options.now ?? Date.now;

  async function dueKind(): Promise<SyncKind> {
    const lastFull = await state.lastFullSyncAt();
    return lastFull === null || now() - lastFull >= RECONCILE_EVERY_MS ? 'full' : 'incremental';
  }

  const alone = options.alone ?? ((pass) => pass());
  const tick = () =>
    alone(() => dueKind().then((kind) => sync.run(kind)))
      .then(() => undefined)
      // The failure is in GET /api/catalog (status "error", lastError) and the log already.
      .catch(() => undefined);

  const first = options.runAtStart === false ? Promise.resolve() : tick();
  const timer =
    options.intervalSeconds > 0 ? setInterval(tick, options.intervalSeconds * 1000) : null;
  timer?.unref();
  logger.debug({ intervalSeconds: options.intervalSeconds }, 'catalog sync scheduled');

  return {
    /** Resolves when the pass started at start-up has ended (tests wait for it). */
    firstPass: first,
    stop(): void {
      if (timer) clearInterval(timer);
    },
  };
}
