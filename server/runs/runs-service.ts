import { randomUUID } from 'node:crypto';
import { MAX_BULK_FILES, type BulkTags } from '../../common/api/bulk-tags.ts';
import { filtersOf } from '../../common/api/file-query.ts';
import type { RunDetails, RunSummary, TagRewrite } from '../../common/api/runs.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import { AppError, notFound } from '../errors.ts';
import type { Journal } from '../journal/journal-store.ts';
import type { RunEngine } from './run-engine.ts';
import type { FileChange } from './run-progress.ts';
import type { NewRun, RunsStore } from './runs-store.ts';
import { undoChanges } from './undo-changes.ts';

export interface RunsServiceDeps {
  store: RunsStore;
  engine: RunEngine;
  journal: Journal;
  catalog: Catalog;
}

const RUN_NOT_FOUND = 'No such run.';

/** Starting, following, cancelling and undoing runs; the engine does the work. */
export function createRunsService({ store, engine, journal, catalog }: RunsServiceDeps) {
  async function begin(run: Omit<NewRun, 'id'>): Promise<RunSummary> {
    const id = randomUUID();
    if (!(await store.create({ ...run, id }))) {
      throw new AppError(409, 'conflict', 'This run has been undone already.');
    }
    engine.start(id);
    return (await store.summary(id))!;
  }

  async function existing(runId: string): Promise<RunSummary> {
    const run = await store.summary(runId);
    if (!run) throw notFound(RUN_NOT_FOUND);
    return run;
  }

  const same = (fileIds: string[], change: { add: string[]; remove: string[] }): FileChange[] =>
    fileIds.map((fileId) => ({ fileId, ...change }));

  return {
    list: (limit?: number) => store.list(limit),

    async details(runId: string): Promise<RunDetails> {
      const run = await store.details(runId);
      if (!run) throw notFound(RUN_NOT_FOUND);
      return run;
    },

    /** Tags added and removed on files picked by id, or by a query of the catalog (≤ 10,000). */
    async startBulk(body: BulkTags, user: string): Promise<RunSummary> {
      const fileIds =
        'fileIds' in body
          ? body.fileIds
          : await catalog.queries.matchingFileIds(filtersOf(body.query), MAX_BULK_FILES);
      const change = { add: body.add ?? [], remove: body.remove ?? [] };
      return begin({
        kind: 'bulk-tags',
        user,
        change,
        tag: null,
        undoOf: null,
        files: same(fileIds, change),
      });
    },

    /** Rename, merge or delete a tag across the library: the files the catalog has it on. */
    async startRewrite(rewrite: TagRewrite, user: string): Promise<RunSummary> {
      const to = rewrite.action === 'delete' ? null : rewrite.to;
      if (rewrite.action === 'merge' && (await catalog.queries.tagCount(rewrite.to)) === 0) {
        throw new AppError(
          400,
          'validation_failed',
          `There is no tag “${rewrite.to}” to merge into.`,
        );
      }
      const fileIds = await catalog.queries.fileIdsWithTag(rewrite.from);
      if (fileIds.length === 0) throw notFound(`No image is tagged “${rewrite.from}”.`);
      const change = { add: to === null ? [] : [to], remove: [rewrite.from] };
      return begin({
        kind: `tag-${rewrite.action}`,
        user,
        change,
        tag: { from: rewrite.from, to },
        undoOf: null,
        files: same(fileIds, change),
      });
    },

    /**
     * A new run taking off each file only what `runId` added to it, and putting back only what
     * it removed, from the journal's before and after of each file. A run is undone once.
     */
    async undo(runId: string, user: string): Promise<RunSummary> {
      const run = await existing(runId);
      if (run.status === 'running') {
        throw new AppError(
          409,
          'conflict',
          'This run is still going: cancel it, or wait for it to end.',
        );
      }
      if (run.undoneBy) throw new AppError(409, 'conflict', 'This run has been undone already.');
      const files = undoChanges(await journal.appliedInRun(runId));
      return begin({ kind: 'undo', user, change: null, tag: null, undoOf: runId, files });
    },

    /** Stops a run before its next chunk; the files not sent yet are reported as such. */
    async cancel(runId: string): Promise<RunSummary> {
      const run = await existing(runId);
      if (run.status === 'running') await store.requestCancel(runId);
      return run;
    },

    /** Resolves once the run has stopped going. */
    wait: (runId: string) => engine.wait(runId),

    outcomes: (runId: string) => store.outcomes(runId),
  };
}

export type RunsService = ReturnType<typeof createRunsService>;
