import { useState, type FormEvent, type ReactNode } from 'react';
import { formatCount } from '../../../lib/format-count.ts';
import { bulkChangeProblems, type TagChange } from '../bulk-change.ts';
import type { TagCount } from '../tag-counts.ts';
import { RemoveTagList } from './remove-tag-list.tsx';
import { FieldProblems } from '../../../components/field-problems.tsx';

export interface AddInputProps {
  value: string[];
  onChange(tags: string[]): void;
}

interface BulkFormProps {
  /** How many files the change is for. */
  count: number;
  counts: readonly TagCount[];
  /** When the counts are of the loaded files of a larger set: how many those are. */
  countedOf: number | null;
  /** The tag input for tags to add (the page supplies the app's tag select). */
  renderAddInput(props: AddInputProps): ReactNode;
  onApply(change: TagChange): void;
}

/** Tags to add, tags to remove (from those in the selection), and Apply. */
export function BulkForm({ count, counts, countedOf, renderAddInput, onApply }: BulkFormProps) {
  const [add, setAdd] = useState<string[]>([]);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  // A tag checked earlier may have left the selection since; only present ones are removed.
  const remove = counts.map((c) => c.tag).filter((tag) => checked.has(tag));
  const change: TagChange = { add, remove };
  const problems = bulkChangeProblems(count, change);
  const canApply = count > 0 && add.length + remove.length > 0 && problems.length === 0;

  function toggle(tag: string) {
    setChecked((current) => {
      const next = new Set(current);
      if (!next.delete(tag)) next.add(tag);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canApply) return;
    onApply(change);
    setAdd([]);
    setChecked(new Set());
  }

  return (
    <form className="bulk-form" onSubmit={submit} aria-label="Change tags of the selection">
      <div className="bulk-form__add">{renderAddInput({ value: add, onChange: setAdd })}</div>
      <RemoveTagList
        counts={counts}
        total={countedOf ?? count}
        isSample={countedOf !== null}
        checked={checked}
        onToggle={toggle}
        isDisabled={count === 0}
      />
      <FieldProblems messages={problems} />
      <div className="bulk-form__apply">
        <button type="submit" className="button button--primary" disabled={!canApply}>
          Apply to {formatCount(count)} {count === 1 ? 'file' : 'files'}
        </button>
        {count === 0 && <p className="hint">Select images to change their tags.</p>}
      </div>
    </form>
  );
}
