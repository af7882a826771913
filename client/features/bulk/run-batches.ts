import type { BulkTagsResult } from '../../../common/api/bulk-tags.ts';

export type BulkFailure = BulkTagsResult['failed'][number];

export interface BatchRunOptions {
  fileIds: readonly string[];
  batchSize: number;
  /** One request for one batch. */
  send(fileIds: string[]): Promise<BulkTagsResult>;
  /** After each batch: how many files have had their answer. */
  onProgress(done: number, total: number): void;
  /** Asked before each batch; true stops sending (the batch in flight still finishes). */
  shouldStop(): boolean;
  /** The message for every file of a batch whose request failed as a whole. */
  describeError(error: unknown): string;
}

export interface BatchRunOutcome {
  updated: string[];
  failed: BulkFailure[];
  /** Files never sent, because the user cancelled or a whole batch failed. */
  notSent: string[];
  /** Why sending stopped early, when it was not the user's choice. */
  stopReason: string | null;
}

function batchesOf(ids: readonly string[], size: number): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
  return batches;
}

/**
 * Sends `fileIds` batch after batch, so a long job shows progress and can be cancelled between
 * requests. A request that fails as a whole (server down, rate limit past its budget, session
 * gone) stops the run: the next batches would most likely fail the same way.
 */
export async function runInBatches(options: BatchRunOptions): Promise<BatchRunOutcome> {
  const { fileIds, send, onProgress, shouldStop, describeError } = options;
  const batches = batchesOf(fileIds, Math.max(1, options.batchSize));
  const outcome: BatchRunOutcome = { updated: [], failed: [], notSent: [], stopReason: null };
  let done = 0;

  for (const [index, batch] of batches.entries()) {
    const rest = () => batches.slice(index + 1).flat();
    if (shouldStop()) {
      outcome.notSent = [...batch, ...rest()];
      break;
    }
    try {
      const answer = await send(batch);
      outcome.updated.push(...answer.updated);
      outcome.failed.push(...answer.failed);
    } catch (error) {
      const message = describeError(error);
      outcome.failed.push(...batch.map((fileId) => ({ fileId, message })));
      outcome.notSent = rest();
      outcome.stopReason = message;
      onProgress(done + batch.length, fileIds.length);
      break;
    }
    done += batch.length;
    onProgress(done, fileIds.length);
  }
  return outcome;
}
