import { MAX_BULK_FILES, type BulkTags, type BulkTagsResult } from '../../common/api/bulk-tags.ts';
import { filtersOf } from '../../common/api/file-query.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import { AppError } from '../errors.ts';
import { FILE_MISSING_MESSAGE, type ImageKitGateway } from '../imagekit/imagekit-gateway.ts';

/** ImageKit's limit for one addTags / removeTags call. */
export const BULK_CHUNK_SIZE = 50;

interface Operation {
  call: (fileIds: string[], tags: string[]) => ReturnType<ImageKitGateway['addTags']>;
  change: { add?: string[]; remove?: string[] };
  tags: string[];
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Adds and removes tags on any number of files, 50 per upstream call (rate limits are honoured by
 * the gateway). Files ImageKit reports missing are dropped (from the catalog too) and the call
 * repeated for the rest. Each call's effect is applied to the catalog as it returns, so counts
 * are exact when the request answers. When a call fails outright (ImageKit down, rate limit past
 * our budget), the remaining files are reported as not attempted rather than hammering on.
 */
export function createBulkTagsService(imagekit: ImageKitGateway, catalog: Catalog) {
  async function runOperation(op: Operation, fileIds: string[], failed: Map<string, string>) {
    let pending = fileIds;
    while (pending.length > 0) {
      const outcome = await op.call(pending, op.tags);
      if (outcome.updated.length > 0) await catalog.store.applyTagDelta(outcome.updated, op.change);
      if (outcome.missing.length > 0) await catalog.store.remove(outcome.missing);
      for (const fileId of outcome.missing) failed.set(fileId, FILE_MISSING_MESSAGE);
      for (const { fileId, message } of outcome.failed) failed.set(fileId, message);
      if (outcome.missing.length === 0) return;
      const missing = new Set(outcome.missing);
      const rest = pending.filter((id) => !missing.has(id));
      if (rest.length === pending.length) return;
      pending = rest;
    }
  }

  /** The files a body names, or those its query matches in the catalog now. */
  async function targets(body: BulkTags): Promise<string[]> {
    if ('fileIds' in body) return body.fileIds;
    return catalog.queries.matchingFileIds(filtersOf(body.query), MAX_BULK_FILES);
  }

  return {
    async apply(body: BulkTags): Promise<BulkTagsResult> {
      const { add = [], remove = [] } = body;
      const fileIds = await targets(body);
      const failed = new Map<string, string>();
      const operations: Operation[] = [];
      if (add.length) operations.push({ call: imagekit.addTags, change: { add }, tags: add });
      if (remove.length) {
        operations.push({ call: imagekit.removeTags, change: { remove }, tags: remove });
      }

      let stopReason: string | null = null;
      for (const chunk of chunks(fileIds, BULK_CHUNK_SIZE)) {
        if (stopReason) {
          for (const id of chunk) failed.set(id, `Not attempted: ${stopReason}`);
          continue;
        }
        try {
          for (const op of operations) {
            const live = chunk.filter((id) => !failed.has(id));
            if (live.length) await runOperation(op, live, failed);
          }
        } catch (error) {
          const message = error instanceof AppError ? error.message : 'ImageKit call failed.';
          for (const id of chunk) if (!failed.has(id)) failed.set(id, message);
          stopReason = message;
        }
      }

      const updated = fileIds.filter((id) => !failed.has(id));
      return { updated, failed: [...failed].map(([fileId, message]) => ({ fileId, message })) };
    },
  };
}

export type BulkTagsService = ReturnType<typeof createBulkTagsService>;
