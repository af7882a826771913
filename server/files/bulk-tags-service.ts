import type { BulkTags, BulkTagsResult } from '../../common/api/bulk-tags.ts';
import type { RunSummary } from '../../common/api/runs.ts';
import type { RunsService } from '../runs/runs-service.ts';

/**
 * `POST /api/bulk/tags`: a run (see server/runs/), chunks of 50 per ImageKit call, each file
 * journaled. The request either follows the run to its end and answers as it always has, or
 * (with `Prefer: respond-async`) answers at once with the run to follow.
 */
export function createBulkTagsService(runs: RunsService) {
  return {
    start: (body: BulkTags, user: string): Promise<RunSummary> => runs.startBulk(body, user),

    /** Waits for the run, then names every file updated and every one that was not, in order. */
    async result(runId: string): Promise<BulkTagsResult> {
      await runs.wait(runId);
      const outcomes = await runs.outcomes(runId);
      return {
        runId,
        updated: outcomes.filter((o) => o.state === 'applied').map((o) => o.file_id),
        failed: outcomes
          .filter((o) => o.state !== 'applied')
          .map((o) => ({ fileId: o.file_id, message: o.message ?? 'Not sent.' })),
      };
    },
  };
}

export type BulkTagsService = ReturnType<typeof createBulkTagsService>;
