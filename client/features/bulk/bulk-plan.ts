import type { BulkTagsResult } from '../../../common/api/bulk-tags.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import type { FileQuery } from '../../lib/file-query.ts';
import type { TagChange } from './bulk-change.ts';
import { runInBatches, type BatchRunOutcome } from './run-batches.ts';

/** What one run changes, and on which files. */
export type BulkPlan =
  /** Files the user picked one by one. */
  | { kind: 'files'; fileIds: readonly string[]; change: TagChange }
  /** Every file a query matches, in one request: the server picks them (up to 10,000). */
  | { kind: 'query'; query: FileQuery; count: number; change: TagChange }
  /**
   * The files a query matches that pass `keep`, found page by page first, then sent in batches
   * (a tag's exact spelling; "all results" less the ones taken out).
   */
  | {
      kind: 'find';
      query: FileQuery;
      keep(file: FileDetails): boolean;
      count: number;
      change: TagChange;
    };

export interface RunProgress {
  phase: 'finding' | 'sending';
  done: number;
  total: number;
  /** A one-request run cannot be stopped half way. */
  canCancel: boolean;
}

export interface PlanDeps {
  send(
    request: { fileIds: string[] } | { query: FileQuery },
    change: TagChange,
  ): Promise<BulkTagsResult>;
  findFiles(
    query: FileQuery,
    onProgress: (found: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<FileDetails[]>;
  batchSize: number;
  onProgress(progress: RunProgress): void;
  shouldStop(): boolean;
  /** Aborted when the user cancels, so a long search for files stops too. */
  signal: AbortSignal;
  /** The files a `find` plan found, for naming them if they fail. */
  onFound?(files: readonly FileDetails[]): void;
  describeError(error: unknown): string;
}

/** Runs a plan to its end (or until cancelled), reporting progress; never throws. */
export async function runPlan(plan: BulkPlan, deps: PlanDeps): Promise<BatchRunOutcome> {
  if (plan.kind === 'query') {
    deps.onProgress({ phase: 'sending', done: 0, total: plan.count, canCancel: false });
    try {
      const answer = await deps.send({ query: plan.query }, plan.change);
      return { ...answer, notSent: [], stopReason: null };
    } catch (error) {
      return { updated: [], failed: [], notSent: [], stopReason: deps.describeError(error) };
    }
  }
  let fileIds = plan.kind === 'files' ? plan.fileIds : [];
  if (plan.kind === 'find') {
    const progress = (done: number, total: number) =>
      deps.onProgress({ phase: 'finding', done, total, canCancel: true });
    progress(0, plan.count);
    try {
      const found = await deps.findFiles(plan.query, progress, deps.signal);
      const kept = found.filter(plan.keep);
      deps.onFound?.(kept);
      fileIds = kept.map((file) => file.fileId);
    } catch (error) {
      const stopReason = deps.signal.aborted ? null : deps.describeError(error);
      return { updated: [], failed: [], notSent: [], stopReason };
    }
  }
  deps.onProgress({ phase: 'sending', done: 0, total: fileIds.length, canCancel: true });
  return runInBatches({
    fileIds,
    batchSize: deps.batchSize,
    send: (ids) => deps.send({ fileIds: ids }, plan.change),
    onProgress: (done, total) =>
      deps.onProgress({ phase: 'sending', done, total, canCancel: true }),
    shouldStop: deps.shouldStop,
    describeError: deps.describeError,
  });
}
