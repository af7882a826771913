import { MAX_TAGS_TOTAL_CHARS, tagsTotalLength } from './tag-limits.ts';
import type { FileRepository } from '../db/file-repository.ts';
import { LibraryError } from '../library-error.ts';
import type { FileStore } from '../storage/file-store.ts';
import { TAGS_TOO_LONG, parseBulkAITags, parseBulkDelete, parseBulkTags } from './bulk-request.ts';
import type { FileRecord } from './file-record.ts';
import { stamp } from './file-service.ts';

export interface BulkTagResult {
  successfullyUpdatedFileIds: string[];
  /** Files that could not take the change; a non-empty list makes the answer a 207. */
  errors: { fileId: string; error: string }[];
}

export interface BulkService {
  addTags(body: unknown): BulkTagResult;
  removeTags(body: unknown): BulkTagResult;
  removeAITags(body: unknown): BulkTagResult;
  /** Deletes all the files or, when any is missing, none. Returns the deleted ids. */
  deleteFiles(body: unknown): Promise<string[]>;
}

const MISSING_FILES = 'The requested file(s) does not exist.';

/**
 * ImageKit's bulk endpoints. A missing file fails the whole call with 404 and `missingFileIds`
 * (documented for delete; the same answer is documented for the tag calls), so nothing changes
 * unless every file exists. Changes land in one transaction.
 */
export function createBulkService(deps: { files: FileRepository; store: FileStore }): BulkService {
  const { files } = deps;

  function existing(fileIds: string[], listMissing: boolean): FileRecord[] {
    const found = new Map(files.findByIds(fileIds).map((file) => [file.id, file]));
    const missingFileIds = fileIds.filter((id) => !found.has(id));
    if (missingFileIds.length > 0) {
      throw new LibraryError(404, MISSING_FILES, listMissing ? { missingFileIds } : {});
    }
    return fileIds.map((id) => found.get(id)!);
  }

  /** Applies `change` to each file; a string answer is that file's error and leaves it as it was. */
  function apply(
    targets: FileRecord[],
    change: (file: FileRecord) => FileRecord | string,
  ): BulkTagResult {
    const result: BulkTagResult = { successfullyUpdatedFileIds: [], errors: [] };
    const changed: FileRecord[] = [];
    for (const file of targets) {
      const next = change(file);
      if (typeof next === 'string') {
        result.errors.push({ fileId: file.id, error: next });
        continue;
      }
      if (!sameTags(file, next)) changed.push({ ...next, updatedAt: stamp(file.updatedAt) });
      result.successfullyUpdatedFileIds.push(file.id);
    }
    files.updateMany(changed);
    return result;
  }

  return {
    addTags(body) {
      const { fileIds, tags } = parseBulkTags(body);
      return apply(existing(fileIds, true), (file) => {
        const merged = [...file.tags, ...tags.filter((tag) => !file.tags.includes(tag))];
        return tagsTotalLength(merged) > MAX_TAGS_TOTAL_CHARS
          ? TAGS_TOO_LONG
          : { ...file, tags: merged };
      });
    },
    removeTags(body) {
      const { fileIds, tags } = parseBulkTags(body);
      return apply(existing(fileIds, true), (file) => ({
        ...file,
        tags: file.tags.filter((tag) => !tags.includes(tag)),
      }));
    },
    removeAITags(body) {
      const { fileIds, AITags } = parseBulkAITags(body);
      return apply(existing(fileIds, false), (file) => ({
        ...file,
        aiTags: file.aiTags.filter((tag) => !AITags.includes(tag.name)),
      }));
    },
    async deleteFiles(body) {
      const { fileIds } = parseBulkDelete(body);
      existing(fileIds, true);
      files.deleteByIds(fileIds);
      for (const id of fileIds) await deps.store.removeFile(id);
      return fileIds;
    },
  };
}

/** Bulk calls only add or only remove tags, so equal counts mean nothing changed. */
function sameTags(a: FileRecord, b: FileRecord): boolean {
  return (
    a.tags.length === b.tags.length &&
    a.aiTags.length === b.aiTags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
