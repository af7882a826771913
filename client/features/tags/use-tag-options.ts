import { useMemo } from 'react';
import { useTagVocabulary } from '../../api/tags/get-tag-vocabulary.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { rankSuggestions } from './tag-suggestions.ts';

const SUGGEST_DEBOUNCE_MS = 250;

/** A suggestion of the tag input (react-select's option; `__isNew__` marks "Add new tag …"). */
export interface TagOption {
  value: string;
  label: string;
  count?: number;
  __isNew__?: boolean;
}

/** The library's tags matching what is typed, ranked, a moment after typing stops. */
export function useTagOptions(typed: string) {
  const query = useDebouncedValue(typed, SUGGEST_DEBOUNCE_MS);
  const vocabulary = useTagVocabulary(query);
  const options = useMemo(
    () =>
      rankSuggestions(typed, vocabulary.data ?? []).map((t): TagOption => ({
        value: t.name,
        label: t.name,
        count: t.count,
      })),
    [typed, vocabulary.data],
  );
  return {
    options,
    // Only suggestions for exactly this text may decide what Enter takes.
    settled: query === typed && !vocabulary.isPlaceholderData && !vocabulary.isFetching,
    isFetching: vocabulary.isFetching,
  };
}
