import { useId, useState, type FormEvent } from 'react';
import { useTagVocabulary } from '../../../api/tags/get-tag-vocabulary.ts';
import {
  tagFilters,
  withoutTagFilter,
  withTagFilter,
  type TagFilterMode,
} from '../../../lib/library-view-changes.ts';
import { splitTags, type LibraryView } from '../../../lib/library-view.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';

const MODE_LABELS: Record<TagFilterMode, string> = {
  all: 'Has',
  any: 'Has any of',
  none: 'Has not',
};

interface TagFiltersProps {
  view: LibraryView;
  onChange(view: LibraryView): void;
}

/**
 * The tags the view filters by, each with how it filters (has / any of / has not), and a field
 * to add one, suggesting the library's tags. Chips on the cards add tags here too.
 */
export function TagFilters({ view, onChange }: TagFiltersProps) {
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<TagFilterMode>('all');
  const suggestions = useTagVocabulary(useDebouncedValue(text.trim(), 200));
  const active = tagFilters(view);

  function add(event: FormEvent) {
    event.preventDefault();
    const [tag] = splitTags(text);
    if (!tag) return;
    onChange(withTagFilter(view, tag, mode));
    setText('');
  }

  return (
    <fieldset className="filter-group">
      <legend>Tags</legend>
      {active.length > 0 && (
        <ul className="tag-filters">
          {active.map(({ tag, mode: tagMode }) => (
            <li key={tag} className="tag-filter">
              <select
                aria-label={`How ${tag} filters`}
                value={tagMode}
                onChange={(e) =>
                  onChange(withTagFilter(view, tag, e.target.value as TagFilterMode))
                }
              >
                {Object.entries(MODE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <span className="chip">{tag}</span>
              <button
                type="button"
                className="tag-filter__remove"
                aria-label={`Stop filtering by ${tag}`}
                onClick={() => onChange(withoutTagFilter(view, tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-filter-add" onSubmit={add}>
        <label htmlFor={inputId} className="visually-hidden">
          Filter by tag
        </label>
        <select
          aria-label="How the new tag filters"
          value={mode}
          onChange={(e) => setMode(e.target.value as TagFilterMode)}
        >
          {Object.entries(MODE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <input
          id={inputId}
          list={listId}
          placeholder="Tag"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <datalist id={listId}>
          {(suggestions.data ?? []).map((t) => (
            <option key={t.name} value={t.name} />
          ))}
        </datalist>
        <button type="submit" className="button" disabled={splitTags(text).length === 0}>
          Add
        </button>
      </form>
    </fieldset>
  );
}
