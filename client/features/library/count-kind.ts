import type { LibraryView } from '../../lib/library-view.ts';

export interface CountKind {
  field: 'files' | 'untagged' | 'noRegion';
  /** What the number counts, for screen readers ("12 need tags"). */
  label: string;
}

/**
 * Which of a folder's counts answers the question the view asks: with "Needs tags" on, how many
 * there need tags, and so on. With both on there is no count of both, so it falls back to files.
 */
export function countKind(view: LibraryView): CountKind {
  const needsTags = view.untagged === true;
  const needsRegion = view.region === 'none';
  if (needsTags && !needsRegion) return { field: 'untagged', label: 'need tags' };
  if (needsRegion && !needsTags) return { field: 'noRegion', label: 'need a region' };
  return { field: 'files', label: 'files' };
}
