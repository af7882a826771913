import type { TagSort } from '../../../api/tags/tag-keys.ts';
import { InlineSelect } from '../../../components/inline-select.tsx';
import { TAG_SORT_LABELS } from '../tag-sort.ts';

/** The order of the Tags page. */
export function TagSortSelect({
  value,
  onChange,
}: {
  value: TagSort;
  onChange(sort: TagSort): void;
}) {
  return <InlineSelect label="Sort" value={value} options={TAG_SORT_LABELS} onChange={onChange} />;
}
