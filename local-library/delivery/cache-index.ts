/**
 * Which cached variants to keep under a byte budget: an LRU list where serving a variant makes
 * it the newest and adding one past the budget gives up the oldest. It only does the
 * bookkeeping; the caller deletes the files it is told to.
 */
export interface CacheIndex {
  readonly totalBytes: number;
  has(path: string): boolean;
  /** Marks a variant just served as the newest. */
  touch(path: string): void;
  /** Records a new variant (the newest) and returns the paths to delete to stay in budget. */
  add(path: string, bytes: number): string[];
  forget(path: string): void;
}

export function createCacheIndex(maxBytes: number): CacheIndex {
  // A Map iterates in insertion order; re-inserting moves an entry to the end (the newest).
  const entries = new Map<string, number>();
  let totalBytes = 0;

  function forget(path: string): void {
    const bytes = entries.get(path);
    if (bytes === undefined) return;
    entries.delete(path);
    totalBytes -= bytes;
  }

  return {
    get totalBytes() {
      return totalBytes;
    },
    has: (path) => entries.has(path),
    touch(path) {
      const bytes = entries.get(path);
      if (bytes === undefined) return;
      entries.delete(path);
      entries.set(path, bytes);
    },
    add(path, bytes) {
      forget(path);
      entries.set(path, bytes);
      totalBytes += bytes;
      const evicted: string[] = [];
      for (const [oldest, size] of entries) {
        if (totalBytes <= maxBytes) break;
        entries.delete(oldest);
        totalBytes -= size;
        evicted.push(oldest);
      }
      return evicted;
    },
    forget,
  };
}
