import { useEffect, useId, useState, type FormEvent } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';

const SEARCH_DEBOUNCE_MS = 300;

interface SearchBoxProps {
  value: string;
  onSearch(text: string): void;
  placeholder?: string;
}

/** Searches as the user pauses typing, or at once on Enter. */
export function SearchBox({
  value,
  onSearch,
  placeholder = 'Name, tag or folder',
}: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);

  // A search from elsewhere (a saved view, Back) replaces the text; our own echo does not.
  if (value !== shown) {
    setShown(value);
    if (value.trim() !== text.trim()) setText(value);
  }

  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced);
    // Only a settled change of the text searches; a new `value` from the URL must not echo back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text);
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </form>
  );
}
