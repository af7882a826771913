import { useEffect, useId, useState } from 'react';
import { useTagVocabulary } from '../../../api/tags/get-tag-vocabulary.ts';
import { ActionDialog } from '../../../components/action-dialog.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import {
  describeRewrite,
  rewriteProblems,
  type TagAction,
  type TagRewrite,
} from '../tag-rewrite.ts';

interface TagRewriteDialogProps {
  action: TagAction;
  tag: string;
  /** How many images carry the tag. */
  count: number;
  onConfirm(rewrite: TagRewrite): void;
  onClose(): void;
}

const TITLES: Record<TagAction, (tag: string) => string> = {
  rename: (tag) => `Rename “${tag}”`,
  merge: (tag) => `Merge “${tag}” into another tag`,
  delete: (tag) => `Delete “${tag}” from every image?`,
};

/** Asks for the new name (or the tag to merge into), says what will happen, and starts it. */
export function TagRewriteDialog({
  action,
  tag,
  count,
  onConfirm,
  onClose,
}: TagRewriteDialogProps) {
  const inputId = useId();
  const listId = useId();
  const [to, setTo] = useState(action === 'rename' ? tag : '');
  const [tried, setTried] = useState(false);
  const target = useDebouncedValue(to.trim(), 200);
  const lookup = useTagVocabulary(target);
  // Exists only when spelled exactly so: ImageKit keeps "Red" and "red" apart.
  const exists =
    target === '' || lookup.isPlaceholderData || !lookup.data
      ? null
      : lookup.data.some((t) => t.name === target);
  const rewrite: TagRewrite = { action, from: tag, to: action === 'delete' ? null : to.trim() };
  const ready = action === 'delete' || (exists !== null && target === to.trim());
  const problems = rewriteProblems(rewrite, exists);
  const waiting =
    !ready && problems.length === 0 ? [`Checking whether “${to.trim()}” exists…`] : [];

  // Confirmed while the name was still being looked up: go on as soon as it is known.
  const confirmed = tried && ready && problems.length === 0;
  useEffect(() => {
    if (confirmed) onConfirm(rewrite);
    // `rewrite` is rebuilt each render from the values this depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [confirmed]);

  return (
    <ActionDialog
      title={TITLES[action](tag)}
      isDestructive={action === 'delete'}
      description={
        action === 'delete' || problems.length === 0 ? (
          <p>{describeRewrite(rewrite, count, exists === true)}</p>
        ) : undefined
      }
      actionLabel={action === 'delete' ? 'Delete' : action === 'merge' ? 'Merge' : 'Rename'}
      busyLabel="Starting…"
      request={{ isPending: false, error: null }}
      problems={tried ? [...problems, ...waiting] : []}
      onCancel={onClose}
      onAction={() => setTried(true)}
    >
      {action !== 'delete' && (
        <>
          <label htmlFor={inputId}>{action === 'merge' ? 'Merge into' : 'New name'}</label>
          <input
            id={inputId}
            list={listId}
            autoComplete="off"
            data-autofocus
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
              setTried(false);
            }}
          />
          <datalist id={listId}>
            {(lookup.data ?? [])
              .filter((t) => t.name !== tag)
              .map((t) => (
                <option key={t.name} value={t.name}>
                  {`${t.count}`}
                </option>
              ))}
          </datalist>
        </>
      )}
    </ActionDialog>
  );
}
