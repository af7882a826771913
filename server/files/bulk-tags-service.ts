import type { BulkTags, BulkTagsResult } from '../../common/api/bulk-tags.ts';
import { AppError } from '../errors.ts';
import { FILE_MISSING_MESSAGE, type ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import type { TagVocabulary } from './tag-vocabulary.ts';

/** ImageKit's limit for one addTags / removeTags call. */
export const BULK_CHUNK_SIZE = 50;

type Operation = (fileIds: string[], tags: string[]) => ReturnType<ImageKitGateway['addTags']>;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Adds and removes tags on any number of files, 50 per upstream call (rate limits are honoured by
 * the gateway). Files ImageKit reports missing are dropped and the call repeated for the rest.
 * When a call fails outright (ImageKit down, rate limit past our budget), the remaining files are
 * reported as not attempted rather than hammering on.
 */
export function createBulkTagsService(imagekit: ImageKitGateway, vocabulary: TagVocabulary) {
  async function runOperation(
    op: Operation,
    fileIds: string[],
    tags: string[],
    failed: Map<string, string>,
  ) {
    let pending = fileIds;
    while (pending.length > 0) {
      const outcome = await op(pending, tags);
      for (const fileId of outcome.missing) failed.set(fileId, FILE_MISSING_MESSAGE);
      for (const { fileId, message } of outcome.failed) failed.set(fileId, message);
      if (outcome.missing.length === 0) return;
      const missing = new Set(outcome.missing);
      const rest = pending.filter((id) => !missing.has(id));
      if (rest.length === pending.length) return;
      pending = rest;
    }
  }

  return {
    async apply({ fileIds, add = [], remove = [] }: BulkTags): Promise<BulkTagsResult> {
      const failed = new Map<string, string>();
      const operations: Array<[Operation, string[]]> = [];
      if (add.length) operations.push([imagekit.addTags, add]);
      if (remove.length) operations.push([imagekit.removeTags, remove]);

      let stopReason: string | null = null;
      for (const chunk of chunks(fileIds, BULK_CHUNK_SIZE)) {
        if (stopReason) {
          for (const id of chunk) failed.set(id, `Not attempted: ${stopReason}`);
          continue;
        }
        try {
          for (const [op, tags] of operations) {
            const live = chunk.filter((id) => !failed.has(id));
            if (live.length) await runOperation(op, live, tags, failed);
          }
        } catch (error) {
          const message = error instanceof AppError ? error.message : 'ImageKit call failed.';
          for (const id of chunk) if (!failed.has(id)) failed.set(id, message);
          stopReason = message;
        }
      }

      const updated = fileIds.filter((id) => !failed.has(id));
      if (updated.length > 0) await vocabulary.noteBulkChange(add);
      return { updated, failed: [...failed].map(([fileId, message]) => ({ fileId, message })) };
    },
  };
}

export type BulkTagsService = ReturnType<typeof createBulkTagsService>;
