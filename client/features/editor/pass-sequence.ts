/** What the sequence needs of a file: its id (the pages hold whole FileDetails). */
export interface Listed {
  fileId: string;
}

/** One page of the view, read in one direction from the file the pass started on. */
export interface PassPage<T extends Listed> {
  files: readonly T[];
  /** When it was read: of two sightings of one file, the earlier one is the list as it was. */
  fetchedAt: number;
}

/**
 * A pass through a view as the editor saw it: the file it started on (the anchor) with its place
 * in the view, and the pages read from there, nearest first, in either direction.
 */
export interface PassSnapshot<T extends Listed> {
  anchor: T;
  /** Files of the view before the anchor, and their total, when the pass started. */
  index: number;
  total: number;
  /** Whether the anchor itself was in the view (a file opened from elsewhere may not be). */
  inView: boolean;
  startedAt: number;
  after: readonly PassPage<T>[];
  before: readonly PassPage<T>[];
}

export interface PlaceInPass<T extends Listed> {
  /** The file itself, as the pass read it. */
  current: T;
  /** 0-based, in the view as it was; null for an anchor that is not in the view. */
  index: number | null;
  total: number;
  previous: T | null;
  next: T | null;
  /** Files already read past this one in each direction: when few are left, read on. */
  readAhead: number;
  readBehind: number;
}

interface Sighting<T> {
  file: T;
  fetchedAt: number;
  distance: number;
}

/**
 * Both directions as lists, nearest first, each file once. A save can move a file within the
 * order ("recently updated") or out of it; pages read later then show it again elsewhere. The
 * earliest sighting wins (the anchor's before all), so the pass neither repeats nor skips a file.
 */
export function passLists<T extends Listed>(snapshot: PassSnapshot<T>) {
  const best = new Map<string, Sighting<T> & { side: 'after' | 'before' }>();
  for (const side of ['after', 'before'] as const) {
    let distance = 0;
    for (const page of snapshot[side]) {
      for (const file of page.files) {
        distance += 1;
        if (file.fileId === snapshot.anchor.fileId) continue;
        const seen = best.get(file.fileId);
        const earlier =
          !seen ||
          page.fetchedAt < seen.fetchedAt ||
          (page.fetchedAt === seen.fetchedAt && distance < seen.distance);
        if (earlier) best.set(file.fileId, { file, fetchedAt: page.fetchedAt, distance, side });
      }
    }
  }
  const side = (name: 'after' | 'before') =>
    [...best.values()]
      .filter((s) => s.side === name)
      .sort((a, b) => a.distance - b.distance)
      .map((s) => s.file);
  return { after: side('after'), before: side('before') };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Where `fileId` stands in the pass: its number in the view as it was when the pass started, and
 * the files on either side. Null when the pass has not read that far (or never met the file).
 */
export function placeInPass<T extends Listed>(
  snapshot: PassSnapshot<T>,
  fileId: string,
): PlaceInPass<T> | null {
  const { after, before } = passLists(snapshot);
  const ordered = [
    ...[...before].reverse(),
    ...(snapshot.inView ? [snapshot.anchor] : []),
    ...after,
  ];
  // The view may have grown meanwhile; the count never says "13 of 12".
  const total = Math.max(snapshot.total, ordered.length);
  const first = snapshot.index - before.length;
  if (fileId === snapshot.anchor.fileId && !snapshot.inView) {
    return {
      current: snapshot.anchor,
      index: null,
      total,
      previous: before[0] ?? null,
      next: after[0] ?? null,
      readAhead: after.length,
      readBehind: before.length,
    };
  }
  const at = ordered.findIndex((file) => file.fileId === fileId);
  if (at === -1) return null;
  return {
    current: ordered[at]!,
    index: clamp(first + at, 0, total - 1),
    total,
    previous: ordered[at - 1] ?? null,
    next: ordered[at + 1] ?? null,
    readAhead: ordered.length - 1 - at,
    readBehind: at,
  };
}
