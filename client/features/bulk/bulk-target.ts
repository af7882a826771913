import type { FileDetails } from '../../../common/file-details.ts';
import type { FileQuery } from '../../lib/file-query.ts';
import type { TagChange } from './bulk-change.ts';
import type { BulkPlan } from './bulk-plan.ts';

/** What the bulk tools need of a file: its id, name (for failures) and tags (for counts). */
export type FileSummary = Pick<FileDetails, 'fileId' | 'name' | 'tags'>;

/** Which files a bulk change is for. */
export type BulkTarget =
  | { kind: 'files'; files: readonly FileSummary[] }
  | {
      /** Every file of a view ("Select all 2,318 results"), less any the user took out. */
      kind: 'query';
      query: FileQuery;
      count: number;
      excluded: ReadonlySet<string>;
      /** The files of the view loaded now: what the tag counts can be told from. */
      loaded: readonly FileSummary[];
    };

export function targetCount(target: BulkTarget): number {
  return target.kind === 'files' ? target.files.length : target.count;
}

/** The files whose tags the form can count: all of a picked set, the loaded ones of a query. */
export function countedFiles(target: BulkTarget): readonly FileSummary[] {
  if (target.kind === 'files') return target.files;
  return target.loaded.filter((file) => !target.excluded.has(file.fileId));
}

/**
 * The run for a target: picked files by id; a whole query in one request of its query form; a
 * query less some files by finding its files first (the query form cannot leave files out).
 */
export function planFor(target: BulkTarget, change: TagChange): BulkPlan {
  if (target.kind === 'files') {
    return { kind: 'files', fileIds: target.files.map((f) => f.fileId), change };
  }
  if (target.excluded.size === 0) {
    return { kind: 'query', query: target.query, count: target.count, change };
  }
  const { excluded } = target;
  return {
    kind: 'find',
    query: target.query,
    keep: (file) => !excluded.has(file.fileId),
    count: target.count,
    change,
  };
}
