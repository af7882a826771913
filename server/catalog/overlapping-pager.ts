/** ImageKit's largest page. */
export const PAGE_SIZE = 1000;
/** Files each page repeats of the one before, to notice when the list shifted between calls. */
export const OVERLAP = 25;
// Step-backs per pass before giving up on seeing every file (the pass still reports a gap).
const MAX_STEP_BACKS = 20;

export type FetchPage<T> = (skip: number, limit: number) => Promise<T[]>;

export interface PagerResult {
  pages: number;
  /** True when files may have been missed: a reconcile must not sweep after such a pass. */
  gap: boolean;
}

/**
 * Reads a whole listing that ImageKit pages only by `skip`, while others change it. A file
 * deleted (or, in update order, changed) before our position shifts the rest left, so plain
 * `skip += limit` would silently miss a file. Each page therefore starts OVERLAP files early and
 * must contain one of the last files of the page before; when none is there, the list shifted
 * by more than that, and the pager steps back a page. Repeats are harmless to an upsert.
 */
export async function pageThrough<T>(
  fetchPage: FetchPage<T>,
  idOf: (item: T) => string,
  onPage: (items: T[]) => Promise<void>,
  pageSize = PAGE_SIZE,
  overlap = OVERLAP,
): Promise<PagerResult> {
  let skip = 0;
  let pages = 0;
  let stepBacks = 0;
  let gap = false;
  let anchors = new Set<string>();
  for (;;) {
    const items = await fetchPage(skip, pageSize);
    pages += 1;
    const anchored =
      anchors.size === 0 || items.slice(0, overlap).some((i) => anchors.has(idOf(i)));
    if (!anchored) {
      if (stepBacks < MAX_STEP_BACKS && skip > 0) {
        stepBacks += 1;
        skip = Math.max(0, skip - pageSize);
        anchors = new Set();
        continue;
      }
      gap = true;
    }
    await onPage(items);
    if (items.length < pageSize) return { pages, gap };
    anchors = new Set(items.slice(-overlap).map(idOf));
    skip += pageSize - overlap;
  }
}
