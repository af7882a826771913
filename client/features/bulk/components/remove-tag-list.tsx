import { useState, type CSSProperties } from 'react';
import type { TagCount } from '../tag-counts.ts';

const SHOWN_AT_FIRST = 40;

interface RemoveTagListProps {
  counts: readonly TagCount[];
  /** How many files the counts are of. */
  total: number;
  /** The counts are of the loaded files only, not of every selected one. */
  isSample?: boolean;
  checked: ReadonlySet<string>;
  onToggle(tag: string): void;
  isDisabled: boolean;
}

/**
 * The tags present in the selection, each with how many selected files carry it, so the user
 * knows what removing it touches ("sale · 7 of 12"). Checked tags are removed on Apply.
 */
export function RemoveTagList({
  counts,
  total,
  isSample = false,
  checked,
  onToggle,
  isDisabled,
}: RemoveTagListProps) {
  const [showAll, setShowAll] = useState(false);
  // Thousands of files selected can carry thousands of rare tags: the common ones come first,
  // and the long tail waits for a click rather than slowing every change of the selection.
  const shown = showAll ? counts : counts.slice(0, SHOWN_AT_FIRST);
  return (
    <fieldset className="remove-tags" disabled={isDisabled}>
      <legend>Tags to remove</legend>
      {counts.length === 0 ? (
        <p className="hint">The selected images have no tags.</p>
      ) : (
        <ul className="remove-tags__list">
          {shown.map(({ tag, count }) => {
            const of = `${count} of ${total}${isSample ? ' loaded' : ''}`;
            const text = `${tag} · ${of}`;
            return (
              <li key={tag}>
                <label className={count === total ? 'remove-tag remove-tag--all' : 'remove-tag'}>
                  {/* Named in one piece: the visible text is split over styled parts. */}
                  <input
                    type="checkbox"
                    aria-label={text}
                    checked={checked.has(tag)}
                    onChange={() => onToggle(tag)}
                  />
                  <span className="remove-tag__name">{tag}</span>
                  <span className="remove-tag__count">{` · ${of}`}</span>
                  <span
                    className="remove-tag__meter"
                    aria-hidden="true"
                    style={{ '--share': `${(100 * count) / total}%` } as CSSProperties}
                  />
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < counts.length && (
        <button type="button" className="button button--quiet" onClick={() => setShowAll(true)}>
          Show all {counts.length} tags
        </button>
      )}
    </fieldset>
  );
}
