import { BulkTagsSchema, type BulkTagsResult } from '../../../common/api/bulk-tags.ts';
import { schemaProblems } from '../../lib/schema-problems.ts';

/** One change applied to every selected file. */
export interface TagChange {
  add: string[];
  remove: string[];
}

/** The change as a request body wants it: empty lists are left out. */
export function changeBody(change: TagChange): { add?: string[]; remove?: string[] } {
  return {
    ...(change.add.length > 0 && { add: change.add }),
    ...(change.remove.length > 0 && { remove: change.remove }),
  };
}

/** The request body for one batch. */
export function bulkRequest(fileIds: string[], change: TagChange) {
  return { fileIds, ...changeBody(change) };
}

/**
 * Why `change` cannot be sent for this many files, checked with the server's own schema on one
 * file (the run sends batches, so the limit on files per request never applies to the whole).
 * Nothing to add or remove is not a problem to show; there is just nothing to apply yet.
 */
export function bulkChangeProblems(fileCount: number, change: TagChange): string[] {
  if (fileCount === 0 || change.add.length + change.remove.length === 0) return [];
  return schemaProblems(BulkTagsSchema, bulkRequest(['f'], change));
}

/** "Added sale, summer; removed old." for the summary of a run. */
export function describeChange({ add, remove }: TagChange): string {
  const parts = [];
  if (add.length > 0) parts.push(`added ${add.join(', ')}`);
  if (remove.length > 0) parts.push(`removed ${remove.join(', ')}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const lower = (tag: string) => tag.toLowerCase();

/**
 * The requests a change takes. One, unless a tag is both removed and added in another spelling
 * ("Red" → "red"): the server refuses that in one request, so the old spelling goes first.
 */
export function changeSteps(change: TagChange): TagChange[] {
  const added = new Set(change.add.map(lower));
  if (!change.remove.some((tag) => added.has(lower(tag)))) return [change];
  return [
    { add: [], remove: change.remove },
    { add: change.add, remove: [] },
  ];
}

/**
 * Sends `change` to `fileIds` step by step: each step goes only to the files the one before
 * updated, so a file that failed is not half changed twice.
 */
export async function sendInSteps(
  fileIds: string[],
  change: TagChange,
  sendOne: (body: ReturnType<typeof bulkRequest>) => Promise<BulkTagsResult>,
): Promise<BulkTagsResult> {
  let ids = fileIds;
  const failed: BulkTagsResult['failed'] = [];
  for (const step of changeSteps(change)) {
    const answer = await sendOne(bulkRequest(ids, step));
    failed.push(...answer.failed);
    ids = answer.updated;
    if (ids.length === 0) break;
  }
  return { updated: ids, failed };
}
