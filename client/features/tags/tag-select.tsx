import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { InputActionMeta, MultiValue } from 'react-select';
import CreatableSelect from 'react-select/creatable';
import { normalizeTag, tagListProblems } from '../../../common/tags.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useTagVocabulary } from '../../api/tags/get-tag-vocabulary.ts';
import { newTagProblem } from './tag-problems.ts';
import './tag-select.css';
import { FieldProblems } from '../../components/field-problems.tsx';

const SUGGEST_DEBOUNCE_MS = 250;

interface TagOption {
  value: string;
  label: string;
  count?: number;
}

const toOption = (tag: string): TagOption => ({ value: tag, label: tag });

const Nothing = () => null;
// Read only: chips without their remove buttons, and no menu arrow to suggest choices.
const READ_ONLY_PARTS = {
  MultiValueRemove: Nothing,
  DropdownIndicator: Nothing,
  IndicatorSeparator: Nothing,
};

interface TagSelectProps {
  /** "Tags" unless the page needs to say more (e.g. "Tags to add"). */
  label?: string;
  value: readonly string[];
  onChange(tags: string[]): void;
  isDisabled?: boolean;
}

/**
 * The tag editor: type and press Enter to add, Backspace or a chip's × to remove, suggestions
 * from the library's vocabulary. A tag that breaks the rules is refused with a message and left
 * in the input to be fixed, never dropped silently.
 */
export function TagSelect({ label = 'Tags', value, onChange, isDisabled = false }: TagSelectProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const query = useDebouncedValue(input.trim(), SUGGEST_DEBOUNCE_MS);
  const vocabulary = useTagVocabulary(query);

  const selected = useMemo(() => value.map(toOption), [value]);
  const options = useMemo(
    () =>
      (vocabulary.data ?? []).map((t): TagOption => ({
        value: t.name,
        label: t.name,
        count: t.count,
      })),
    [vocabulary.data],
  );
  const listProblems = tagListProblems(value);
  const messages = refusal ? [refusal, ...listProblems] : listProblems;

  function create(raw: string) {
    const typed = normalizeTag(raw);
    // Reuse the library's spelling of a known tag, so "Sale" does not start a second vocabulary.
    const known = options.find((o) => o.value.toLowerCase() === typed.toLowerCase());
    const tag = known?.value ?? typed;
    const problem = newTagProblem(tag, value);
    if (problem) {
      setRefusal(`Cannot add "${typed}": ${problem}`);
      setInput(raw);
      return;
    }
    setRefusal(null);
    onChange([...value, tag]);
  }

  function change(next: MultiValue<TagOption>) {
    setRefusal(null);
    onChange(next.map((o) => o.value));
  }

  function keyDown(event: KeyboardEvent) {
    // In an empty input react-select takes Space to pick the focused suggestion; a leading space
    // is never part of a tag, so it must not add one.
    if (event.key === ' ' && input === '') event.preventDefault();
    // With the menu closed react-select lets Enter through, which would submit the editor form;
    // Enter in the tag input always means "add this tag".
    if (event.key === 'Enter' && !menuOpen) {
      event.preventDefault();
      if (normalizeTag(input) !== '') create(input);
    }
  }

  function inputChange(text: string, meta: InputActionMeta) {
    // Blurring or closing the menu would clear the input; what the user typed is kept instead.
    if (meta.action === 'input-change' || meta.action === 'set-value') {
      setInput(text);
      if (meta.action === 'input-change') setRefusal(null);
    }
  }

  return (
    <div className="tag-select">
      <label htmlFor={`${id}-input`}>{label}</label>
      <CreatableSelect<TagOption, true>
        inputId={`${id}-input`}
        instanceId={id}
        isMulti
        isClearable={false}
        isDisabled={isDisabled}
        components={isDisabled ? READ_ONLY_PARTS : undefined}
        value={selected}
        options={options}
        inputValue={input}
        onInputChange={inputChange}
        onChange={change}
        onCreateOption={create}
        onKeyDown={keyDown}
        onMenuOpen={() => setMenuOpen(true)}
        onMenuClose={() => setMenuOpen(false)}
        isValidNewOption={(text) => normalizeTag(text) !== ''}
        allowCreateWhileLoading
        createOptionPosition="first"
        formatCreateLabel={(text) => `Add "${normalizeTag(text)}"`}
        formatOptionLabel={(option, { context }) =>
          context === 'menu' && option.count !== undefined
            ? `${option.label} (${option.count})`
            : option.label
        }
        isLoading={vocabulary.isFetching}
        noOptionsMessage={() => 'Type a tag and press Enter'}
        placeholder={isDisabled ? 'No tags' : 'Add a tag…'}
        aria-invalid={messages.length > 0}
        aria-errormessage={messages.length > 0 ? `${id}-problems` : undefined}
        classNamePrefix="tag-select"
        theme={(theme) => ({
          ...theme,
          colors: { ...theme.colors, primary: 'var(--accent)', primary25: 'var(--accent-soft)' },
        })}
      />
      <FieldProblems messages={messages} id={`${id}-problems`} />
    </div>
  );
}
