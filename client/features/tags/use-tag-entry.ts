import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { normalizeTag } from '../../../common/tags.ts';
import type { TagCount } from '../../api/tags/get-tag-vocabulary.ts';
import { useTagLookup } from '../../api/tags/get-tag-vocabulary.ts';
import { bestExisting } from './tag-suggestions.ts';
import { planAdditions, refusalMessage, splitTagText } from './tag-text.ts';
import { useNearDuplicates } from './use-near-duplicates.ts';

/** How typed text becomes tags: exactly as typed, or the best existing tag it starts. */
export type EntryMode = 'exact' | 'best-match';

/**
 * What the tag input does with text: adds one tag or a comma- or line-separated list, reuses the
 * library's spelling of known tags, explains what it refuses (leaving that text in the input to
 * be fixed), and warns about near duplicates of library tags.
 */
export function useTagEntry(
  value: readonly string[],
  onChange: (tags: string[]) => void,
  {
    onAdded = () => undefined,
    onPendingChange,
  }: {
    /** Called after tags were added, e.g. to close the suggestions that led to them. */
    onAdded?(): void;
    /** Told while entered text waits for its look-up (and `false` when the input goes away). */
    onPendingChange?(pending: boolean): void;
  } = {},
) {
  const [input, setInput] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const lookup = useTagLookup();
  const nearDuplicates = useNearDuplicates(lookup, value);
  // Lookups finish after later renders; they must add to the tags as they are then.
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  // Entries wait for their look-ups one after the other, so tags land in the order typed.
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Entries taken from the input but not yet among the tags: whoever saves or moves on waits.
  const [pending, setPending] = useState(0);
  useEffect(() => {
    onPendingChange?.(pending > 0);
    return () => onPendingChange?.(false);
  }, [pending, onPendingChange]);

  const free = (tags: readonly TagCount[]) =>
    tags.filter((t) => !latest.current.some((v) => v.toLowerCase() === t.name.toLowerCase()));

  /** The library's tags for each part (nothing for a part whose lookup failed). */
  async function known(parts: readonly string[]): Promise<TagCount[][]> {
    return Promise.all(parts.map((part) => lookup(part).catch((): TagCount[] => [])));
  }

  function add(parts: readonly string[], spellings: ReadonlyMap<string, string>) {
    const plan = planAdditions(parts, latest.current, (t) => spellings.get(t.toLowerCase()) ?? t);
    setRefusal(refusalMessage(plan.refused));
    // The first refused part comes back to be fixed (the message names them all), unless the
    // user has typed on meanwhile; a list with its separators would split again at once.
    const refused = plan.refused[0]?.text;
    if (refused !== undefined) setInput((now) => (now === '' ? refused : now));
    if (plan.added.length === 0) return;
    const next = [...latest.current, ...plan.added];
    // The next entry in the queue may resolve before the parent renders the new value.
    latest.current = next;
    onChange(next);
    onAdded();
    nearDuplicates.check(plan.added.filter((t) => !spellings.has(t.toLowerCase())));
  }

  /** Each part as the library spells it, or (one part, Enter) the best existing match. */
  async function resolve(parts: readonly string[], mode: EntryMode) {
    const found = await known(parts);
    const spellings = new Map<string, string>();
    const chosen = parts.map((part, i) => {
      const tags = found[i] ?? [];
      const same = tags.find((t) => t.name.toLowerCase() === part.toLowerCase());
      const best =
        mode === 'best-match' && parts.length === 1 ? bestExisting(part, free(tags)) : null;
      const tag = same ?? best;
      if (tag) spellings.set(tag.name.toLowerCase(), tag.name);
      return tag?.name ?? part;
    });
    add(chosen, spellings);
  }

  function enter(text: string, mode: EntryMode) {
    const parts = splitTagText(text);
    if (parts.length === 0) return;
    // The text is taken at once: what the user types next starts a new tag, whatever the
    // look-up takes.
    setInput('');
    setRefusal(null);
    setPending((n) => n + 1);
    queue.current = queue.current
      .then(() => resolve(parts, mode))
      .finally(() => setPending((n) => n - 1));
  }

  return {
    input,
    refusal,
    /** Typed text is on its way to becoming tags (its look-up has not answered yet). */
    isPending: pending > 0,
    nearDuplicates,
    /** The user typed (not a list): the text stays in the input, a refusal is cleared. */
    type(text: string) {
      setInput(text);
      setRefusal(null);
    },
    /** Adds the text: one tag, or several when it is a list. */
    enter,
    /** A tag chosen from the suggestions, already spelled as the library has it. */
    pick(tag: string) {
      add([tag], new Map([[tag.toLowerCase(), tag]]));
    },
    /** Puts the library's tag in place of the near duplicate the user added. */
    useExisting(tag: string, existing: string) {
      nearDuplicates.dismiss(tag);
      const next = latest.current.filter((t) => t !== tag);
      const hasExisting = next.some((t) => t.toLowerCase() === existing.toLowerCase());
      onChange(hasExisting ? next : latest.current.map((t) => (t === tag ? existing : t)));
    },
    normalized: normalizeTag(input),
  };
}

export type TagEntry = ReturnType<typeof useTagEntry>;
