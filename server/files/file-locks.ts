import type { NamedLocks } from '../db/named-locks.ts';

/**
 * Writes to one file, one at a time. A save reads the file, checks If-Match, then writes; ImageKit
 * has no precondition of its own, so without this two saves could pass the same check. Bulk
 * chunks take the lock of every file they touch, so they queue with saves too.
 */
export interface FileLocks {
  /** Runs `work` once no other holder has any of `fileIds`, and holds them all until it settles. */
  withFiles<T>(fileIds: readonly string[], work: () => Promise<T>): Promise<T>;
}

/**
 * File locks as wide as the database is shared: on PostgreSQL every instance's saves and runs
 * queue for the same file (advisory locks); on SQLite, this process's own.
 */
export function createFileLocks(named: NamedLocks): FileLocks {
  return {
    withFiles: (fileIds, work) =>
      named.withLocks(
        fileIds.map((fileId) => `file:${fileId}`),
        work,
      ),
  };
}
