import type { Logger } from 'pino';
import type { JournalAction } from '../../common/api/history.ts';
import type { RunKind } from '../../common/api/runs.ts';
import { runChunk, type ChunkDeps } from './run-chunk.ts';
import { recoverInFlight } from './run-recovery.ts';
import type { RunsStore } from './runs-store.ts';

/** ImageKit's limit for one addTags / removeTags call. */
export const RUN_CHUNK_SIZE = 50;
/** Chunks in a row in which ImageKit changed nothing: then it is down, and the rest is left. */
export const STOP_AFTER_FAILED_CHUNKS = 2;

export const ACTION_OF_RUN: Record<RunKind, JournalAction> = {
  'bulk-tags': 'bulk-tags',
  'tag-rename': 'tag-rename',
  'tag-merge': 'tag-merge',
  'tag-delete': 'tag-delete',
  undo: 'undo-run',
};

export interface EngineDeps extends ChunkDeps {
  store: RunsStore;
  logger: Logger;
  /**
   * Drives a run only if no one else does: the instance holding a run's lease drives it, and
   * when that instance dies its lease goes with it, so another resumes the run. Without one,
   * this process is the only driver.
   */
  lease?: (runId: string, drive: () => Promise<void>) => Promise<{ acquired: boolean }>;
}

/** How often a wait for a run driven by another instance looks at its row. */
const WAIT_POLL_MS = 250;

/**
 * Drives runs chunk by chunk in the background. Progress is persisted after every chunk, so a
 * run outlives the process: `resume` picks up every run that was going, first reading back the
 * files whose call was on its way. `stop` lets the chunk in flight end and leaves the run to
 * be resumed.
 */
export function createRunEngine(deps: EngineDeps) {
  const { store } = deps;
  /** Runs this engine is starting or driving; each settles with who drove it in the end. */
  const active = new Map<string, Promise<'here' | 'elsewhere'>>();
  let stopping = false;

  async function drive(runId: string): Promise<void> {
    const run = await store.summary(runId);
    if (!run || run.status !== 'running') return;
    const chunkRun = { id: runId, user: run.user, action: ACTION_OF_RUN[run.kind] };
    await recoverInFlight(deps, runId, await store.inFlight(runId));
    let failedChunks = 0;
    for (;;) {
      if (stopping) return;
      if (await store.isCancelRequested(runId)) {
        await store.skipRest(runId, 'Not sent: the run was cancelled.');
        await store.recount(runId);
        return store.finish(runId, 'cancelled');
      }
      const files = await store.next(runId, RUN_CHUNK_SIZE);
      if (files.length === 0) break;
      const outcome = await runChunk(deps, chunkRun, files);
      await store.recount(runId);
      failedChunks = outcome.applied === 0 && outcome.failed > 0 ? failedChunks + 1 : 0;
      if (failedChunks >= STOP_AFTER_FAILED_CHUNKS) {
        const reason = outcome.firstFailure ?? 'ImageKit failed.';
        await store.skipRest(runId, `Not attempted: ${reason}`);
        await store.recount(runId);
        return store.finish(runId, 'stopped', reason);
      }
    }
    await store.recount(runId);
    await store.finish(runId, 'done');
  }

  const lease =
    deps.lease ??
    (async (_runId: string, work: () => Promise<void>) => {
      await work();
      return { acquired: true };
    });

  /** Until a run driven elsewhere ends (or this server stops). */
  async function followElsewhere(runId: string): Promise<void> {
    while (!stopping && (await store.summary(runId))?.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    }
  }

  function start(runId: string): void {
    if (active.has(runId) || stopping) return;
    const going = lease(runId, () => drive(runId))
      .then((attempt) => (attempt.acquired ? ('here' as const) : ('elsewhere' as const)))
      .catch((error: unknown) => {
        // Left as it stands: the run is still `running`, and the next start resumes it.
        deps.logger.error({ err: error, runId }, 'run failed; it resumes at the next start');
        return 'here' as const;
      })
      .finally(() => active.delete(runId));
    active.set(runId, going);
  }

  return {
    start,
    /** Resolves when the run stops going (done, cancelled, stopped, or the server stopping). */
    wait: async (runId: string): Promise<void> => {
      // Driven here, it has ended (or failed, to be resumed at the next start); driven by
      // another instance, its row says when it ends.
      if ((await active.get(runId)) !== 'here') await followElsewhere(runId);
    },
    isActive: (runId: string) => active.has(runId),
    /**
     * Every run that is going and that no one drives: left by the last process, or by another
     * instance that died. Called at start and then now and again.
     */
    async resume(): Promise<void> {
      for (const runId of await store.unfinished()) start(runId);
    },
    async stop(): Promise<void> {
      stopping = true;
      await Promise.allSettled([...active.values()]);
    },
  };
}

export type RunEngine = ReturnType<typeof createRunEngine>;
