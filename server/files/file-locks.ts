/**
 * Writes to one file, one at a time. A save reads the file, checks If-Match, then writes; ImageKit
 * has no precondition of its own, so without this two saves could pass the same check. Bulk
 * chunks take the lock of every file they touch, so they queue with saves too.
 *
 * This implementation serializes within one server process only. Several instances sharing one
 * database need a lock they all see: PostgreSQL's `pg_advisory_xact_lock(hashtext(fileId))`,
 * held by a transaction around `work`, fits this same interface (see ARCHITECTURE.md).
 */
export interface FileLocks {
  /** Runs `work` once no other holder has any of `fileIds`, and holds them all until it settles. */
  withFiles<T>(fileIds: readonly string[], work: () => Promise<T>): Promise<T>;
}

/** In-process locks: one queue per file id, entered in sorted order so two holders never deadlock. */
export function createProcessFileLocks(): FileLocks & { queued(): number } {
  // The promise that settles when the last holder queued for a file lets go.
  const tails = new Map<string, Promise<void>>();

  async function acquire(fileId: string): Promise<() => void> {
    const previous = tails.get(fileId) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    tails.set(fileId, tail);
    await previous;
    return () => {
      release();
      if (tails.get(fileId) === tail) tails.delete(fileId);
    };
  }

  return {
    async withFiles(fileIds, work) {
      const releases: Array<() => void> = [];
      try {
        for (const fileId of [...new Set(fileIds)].sort()) releases.push(await acquire(fileId));
        return await work();
      } finally {
        for (const release of releases.reverse()) release();
      }
    },
    /** Files with a holder or a queue: 0 when nothing is waiting (for tests). */
    queued: () => tails.size,
  };
}
