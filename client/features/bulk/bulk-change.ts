import { BulkTagsSchema } from '../../../common/api/bulk-tags.ts';
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
 * Why `change` cannot be sent, checked with the server's own schema on one file (the number of
 * files is the form's business).
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
