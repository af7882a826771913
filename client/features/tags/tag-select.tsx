import { useId, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import {
  components as parts,
  type InputActionMeta,
  type MenuListProps,
  type MultiValue,
  type SelectInstance,
} from 'react-select';
import CreatableSelect from 'react-select/creatable';
import { tagListProblems } from '../../../common/tags.ts';
import { FieldProblems } from '../../components/field-problems.tsx';
import { NearDuplicateNotice } from './near-duplicate-notice.tsx';
import { QuickPicks } from './quick-picks.tsx';
import { hasSeparator } from './tag-text.ts';
import { useTagEntry } from './use-tag-entry.ts';
import { useTagOptions, type TagOption } from './use-tag-options.ts';
import './tag-select.css';

const toOption = (tag: string): TagOption => ({ value: tag, label: tag });

/**
 * Chromium makes a scrolling box a Tab stop; the suggestion list must not be one, or Tab from
 * the input lands in a list that closes under it, and the focus is lost.
 */
function MenuList(props: MenuListProps<TagOption, true>) {
  return <parts.MenuList {...props} innerProps={{ ...props.innerProps, tabIndex: -1 }} />;
}

const Nothing = () => null;
const PARTS = { MenuList };
// Read only: chips without their remove buttons, and no menu arrow to suggest choices.
const READ_ONLY_PARTS = {
  ...PARTS,
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
  autoFocus?: boolean;
  /** Tags offered as one-key chips (Alt+1 … Alt+9), e.g. the ones used most where the user is. */
  quickPicks?: readonly string[];
  /** Told while entered text waits for its look-up, so a save or a move can wait for the tags. */
  onPendingChange?(pending: boolean): void;
}

/**
 * The tag editor. Typing shows the library's matching tags first; Enter takes the highlighted
 * one (the best match, unless the user moved the highlight), and creates a new tag only when
 * nothing matches or "Add …" is chosen. A comma or a pasted list adds several tags. Backspace in
 * the empty input removes nothing: a chip goes by its ×, or by ← (which highlights it) and then
 * Backspace, so no tag goes without the user seeing which.
 */
export function TagSelect(props: TagSelectProps) {
  const { label = 'Tags', value, onChange, isDisabled = false, autoFocus = false } = props;
  const id = useId();
  const select = useRef<SelectInstance<TagOption, true>>(null);
  // Once tags are added the suggestions for the old text are done with; open, they would cover
  // what follows (a near-duplicate warning, the region).
  const entry = useTagEntry(value, onChange, {
    onAdded: () => select.current?.onMenuClose(),
    onPendingChange: props.onPendingChange,
  });
  const [menuOpen, setMenuOpen] = useState(false);
  // Whether the user moved the highlight with the arrow keys since typing.
  const navigated = useRef(false);
  const typed = entry.normalized;
  const { options, settled, isFetching } = useTagOptions(typed);
  const selected = useMemo(() => value.map(toOption), [value]);
  const listProblems = tagListProblems(value);
  const messages = entry.refusal ? [entry.refusal, ...listProblems] : listProblems;

  function keyDown(event: KeyboardEvent) {
    // Ctrl/⌘+Enter is the page's "save and next": it must not pick a suggestion here. Text being
    // typed becomes a tag first, as Enter would make it, and stops there (nothing unseen is saved).
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (typed !== '') {
        event.stopPropagation();
        entry.enter(entry.input, 'best-match');
      }
      return;
    }
    // In an empty input react-select takes Space to pick the focused suggestion; a leading space
    // is never part of a tag, so it must not add one.
    if (event.key === ' ' && entry.input === '') event.preventDefault();
    if (event.key === ',') {
      event.preventDefault();
      entry.enter(entry.input, 'exact');
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') navigated.current = true;
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    // Enter right after adding a tag must not add the most used one from the empty-text list.
    if (typed === '' && !navigated.current) {
      event.preventDefault();
      return;
    }
    const focused = select.current?.state.focusedOption;
    // react-select handles Enter on a suggestion the user can see for this text. Otherwise
    // (menu closed, or suggestions still on their way) the best existing match is looked up.
    const decided = menuOpen && settled && focused && !focused.__isNew__;
    const createChosen = menuOpen && settled && focused?.__isNew__;
    if (decided || createChosen) return;
    event.preventDefault();
    if (typed !== '') entry.enter(entry.input, 'best-match');
  }

  function paste(event: ClipboardEvent) {
    const text = event.clipboardData.getData('text');
    if (!hasSeparator(text)) return;
    event.preventDefault();
    entry.enter(`${entry.input}${text}`, 'exact');
  }

  function inputChange(text: string, meta: InputActionMeta) {
    // Blurring or closing the menu would clear the input; what the user typed is kept instead.
    if (meta.action !== 'input-change') return;
    navigated.current = false;
    if (hasSeparator(text)) entry.enter(text, 'exact');
    else entry.type(text);
  }

  function change(next: MultiValue<TagOption>) {
    const added = next.find((o) => !value.includes(o.value));
    if (added) entry.pick(added.value);
    else onChange(next.map((o) => o.value));
  }

  return (
    <div className="tag-select" onPasteCapture={paste}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <CreatableSelect<TagOption, true>
        ref={select}
        inputId={`${id}-input`}
        instanceId={id}
        isMulti
        autoFocus={autoFocus}
        isClearable={false}
        backspaceRemovesValue={false}
        // Tab moves on to the region; it must not also pick whatever suggestion is highlighted.
        tabSelectsValue={false}
        isDisabled={isDisabled}
        components={isDisabled ? READ_ONLY_PARTS : PARTS}
        value={selected}
        options={options}
        inputValue={entry.input}
        onInputChange={inputChange}
        onChange={change}
        onCreateOption={(text) => entry.enter(text, 'exact')}
        onKeyDown={keyDown}
        onMenuOpen={() => setMenuOpen(true)}
        onMenuClose={() => setMenuOpen(false)}
        isValidNewOption={(text) => text.trim() !== ''}
        allowCreateWhileLoading
        createOptionPosition="last"
        formatCreateLabel={(text) => `Add new tag "${text.trim()}"`}
        formatOptionLabel={(option, { context }) =>
          context === 'menu' && option.count !== undefined
            ? `${option.label} (${option.count})`
            : option.label
        }
        isLoading={isFetching}
        noOptionsMessage={() => 'Type a tag and press Enter'}
        placeholder={isDisabled ? 'No tags' : 'Add a tag… (comma between tags)'}
        aria-invalid={messages.length > 0}
        aria-errormessage={messages.length > 0 ? `${id}-problems` : undefined}
        classNamePrefix="tag-select"
        theme={(theme) => ({
          ...theme,
          colors: { ...theme.colors, primary: 'var(--accent)', primary25: 'var(--accent-soft)' },
        })}
      />
      <FieldProblems messages={messages} id={`${id}-problems`} />
      {entry.nearDuplicates.warnings.map((warning) => (
        <NearDuplicateNotice
          key={warning.tag}
          warning={warning}
          onUseExisting={() => entry.useExisting(warning.tag, warning.existing.name)}
          onKeep={() => entry.nearDuplicates.dismiss(warning.tag)}
        />
      ))}
      {!isDisabled && props.quickPicks && props.quickPicks.length > 0 && (
        <QuickPicks tags={props.quickPicks} value={value} onPick={entry.pick} />
      )}
    </div>
  );
}
