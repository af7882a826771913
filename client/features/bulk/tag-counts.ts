import type { FileDetails } from '../../../common/file-details.ts';

export interface TagCount {
  tag: string;
  /** How many of the given files carry the tag. */
  count: number;
}

/**
 * The tags present in `files`, each with how many of them carry it: the most common first, then
 * by name. Spellings are kept apart ("Sale" and "sale"), since removing one leaves the other.
 */
export function tagCountsIn(files: ReadonlyArray<Pick<FileDetails, 'tags'>>): TagCount[] {
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const tag of new Set(file.tags ?? [])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'en'));
}
