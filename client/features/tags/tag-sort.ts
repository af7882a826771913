import type { TagSort } from '../../api/tags/tag-keys.ts';

export const TAG_SORT_LABELS: Record<TagSort, string> = {
  '-count': 'Most used first',
  count: 'Rarest first (often typos)',
  name: 'Name A–Z',
};

/** The order of the Tags page, read from the URL (most used first unless it says otherwise). */
export function tagSortFrom(value: string | null): TagSort {
  return value !== null && Object.hasOwn(TAG_SORT_LABELS, value) ? (value as TagSort) : '-count';
}
