import type { BulkPlan } from './bulk-plan.ts';

/**
 * Renaming tag `from` to `to` across the library (merging, when `to` exists; deleting, when `to`
 * is null): every file carrying `from` — in exactly that spelling, as the library's tag filter
 * ignores case — gets `to` and loses `from`. Its files are found first, so the run shows progress
 * and can be cancelled between batches.
 */
export function tagRenamePlan(from: string, to: string | null, count: number): BulkPlan {
  return {
    kind: 'find',
    query: { tags: [from] },
    keep: (file) => (file.tags ?? []).includes(from),
    count,
    change: { add: to === null ? [] : [to], remove: [from] },
  };
}
