import { BulkTagsSchema } from '../../../common/api/bulk-tags.ts';
import { schemaProblems } from '../../lib/schema-problems.ts';

/** One change applied to every selected file. */
export interface TagChange {
  add: string[];
  remove: string[];
}

/** The request body for one batch: empty lists are left out, as the API wants. */
export function bulkRequest(fileIds: string[], change: TagChange) {
  return {
    fileIds,
    ...(change.add.length > 0 && { add: change.add }),
    ...(change.remove.length > 0 && { remove: change.remove }),
  };
}

/**
 * Why `change` cannot be sent for these files, checked with the server's own schema on one
 * batch (the run sends batches, so the limit on files per request never applies to the whole).
 * Nothing to add or remove is not a problem to show; there is just nothing to apply yet.
 */
export function bulkChangeProblems(fileIds: readonly string[], change: TagChange): string[] {
  if (fileIds.length === 0 || change.add.length + change.remove.length === 0) return [];
  return schemaProblems(BulkTagsSchema, bulkRequest(fileIds.slice(0, 1), change));
}

/** "Added sale, summer; removed old." for the summary of a run. */
export function describeChange({ add, remove }: TagChange): string {
  const parts = [];
  if (add.length > 0) parts.push(`added ${add.join(', ')}`);
  if (remove.length > 0) parts.push(`removed ${remove.join(', ')}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
