import { useId } from 'react';
import { draftFromFile, type EditorDraft } from '../editor-draft.ts';
import { theirChanges, type TheirChanges } from '../draft-merge.ts';
import type { EditConflict } from '../editor-state.ts';

interface ConflictNoticeProps {
  conflict: EditConflict;
  /** The version the user's draft was made on, to tell what the other person changed. */
  base: EditorDraft;
  onKeepMine(): void;
  onDiscardMine(): void;
  onRetry(): void;
}

const REGION_CHANGE: Record<TheirChanges['region'], string> = {
  same: 'They did not change the region.',
  added: 'They added a region.',
  removed: 'They removed the region.',
  changed: 'They moved or resized the region.',
};

/** Tells the user that someone else saved the image first, what they changed, and the way out. */
export function ConflictNotice({
  conflict,
  base,
  onKeepMine,
  onDiscardMine,
  onRetry,
}: ConflictNoticeProps) {
  const id = useId();
  const { theirs, loadError } = conflict;
  return (
    <section className="conflict-notice" role="alert" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {conflict.reason === 'save'
          ? 'Not saved: someone else changed this image'
          : 'Someone else changed this image'}
      </h2>
      <p>
        {conflict.reason === 'save'
          ? 'They saved it after you opened it. Your changes are still here, not saved yet.'
          : 'Your unsaved changes from earlier are back, but someone else saved the image since.'}
      </p>
      {theirs ? (
        <ChangeList changes={theirChanges(base, draftFromFile(theirs))} />
      ) : loadError ? (
        <p>
          Could not load their version: {loadError}{' '}
          <button type="button" className="button button--quiet" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : (
        <p>Loading their version…</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={!theirs}
          onClick={onKeepMine}
        >
          Keep my changes on their version
        </button>
        <button type="button" className="button" disabled={!theirs} onClick={onDiscardMine}>
          Discard my changes
        </button>
      </div>
      <p className="hint">
        Keeping puts your changes on top of theirs, for you to check and save. Discarding shows
        their version.
      </p>
    </section>
  );
}

function ChangeList({ changes }: { changes: TheirChanges }) {
  const { addedTags, removedTags } = changes;
  return (
    <ul className="conflict-notice__changes" aria-label="What they changed">
      {addedTags.length > 0 && <li>Tags they added: {addedTags.join(', ')}</li>}
      {removedTags.length > 0 && <li>Tags they removed: {removedTags.join(', ')}</li>}
      {addedTags.length === 0 && removedTags.length === 0 && <li>They did not change the tags.</li>}
      <li>{REGION_CHANGE[changes.region]}</li>
      {changes.descriptionChanged && <li>They changed the description.</li>}
    </ul>
  );
}
