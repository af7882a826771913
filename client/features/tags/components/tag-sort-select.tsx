import { useId } from 'react';
import type { TagSort } from '../../../api/tags/tag-keys.ts';
import { TAG_SORT_LABELS as LABELS } from '../tag-sort.ts';

/** The order of the Tags page. */
export function TagSortSelect({
  value,
  onChange,
}: {
  value: TagSort;
  onChange(sort: TagSort): void;
}) {
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>Sort</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as TagSort)}>
        {Object.entries(LABELS).map(([sort, label]) => (
          <option key={sort} value={sort}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
