import type { SaveStatus } from '../editor-state.ts';

interface SaveBarProps {
  canSave: boolean;
  isDirty: boolean;
  isSaving: boolean;
  status: SaveStatus;
  hasProblems: boolean;
  /** Someone else's newer version is waiting for the user's choice; saving must wait too. */
  hasConflict: boolean;
  onDiscard(): void;
  /** "Save and next" (Ctrl+Enter), when the editor walks a view; `kind` null while loading. */
  goOn?: { kind: 'next' | 'finish' | null; onClick(): void };
}

/** The Save button (a submit button of the editor form) and the outcome of the last save. */
export function SaveBar({
  canSave,
  isDirty,
  isSaving,
  status,
  hasProblems,
  hasConflict,
  onDiscard,
  goOn,
}: SaveBarProps) {
  // Unchanged, it only moves on; changed, it needs what Save needs.
  const canGoOn = goOn?.kind && !isSaving && !hasConflict && (!isDirty || canSave);
  return (
    <div className="save-bar">
      <div className="save-bar__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!canSave}
          aria-keyshortcuts="Control+S Meta+S"
        >
          Save
        </button>
        {goOn && (
          <button
            type="button"
            className="button button--primary"
            disabled={!canGoOn}
            onClick={goOn.onClick}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {goOn.kind === 'finish' ? 'Save and finish' : 'Save and next'}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={!isDirty || isSaving}
          onClick={onDiscard}
        >
          {/* Three buttons fit one row beside the image only with the short label. */}
          {goOn ? (
            <>
              Discard <span className="visually-hidden">changes</span>
            </>
          ) : (
            'Discard changes'
          )}
        </button>
        <span className="save-bar__hint">
          {goOn ? 'Save: Ctrl+S · and next: Ctrl+Enter (⌘ on a Mac)' : 'Ctrl+S / ⌘S'}
        </span>
      </div>
      <p className="save-bar__status" role="status">
        {isSaving
          ? 'Saving…'
          : status.kind === 'saved'
            ? // An edit made while the save was on its way is kept, and is not saved yet.
              isDirty
              ? 'Saved, but you changed more meanwhile: save again.'
              : 'Saved'
            : status.kind === 'merged'
              ? isDirty
                ? 'Your changes are now on their version: check them, then Save.'
                : 'Their version already has all your changes.'
              : isDirty
                ? 'Unsaved changes'
                : ''}
      </p>
      {status.kind === 'error' && !isSaving && (
        <div className="form-error" role="alert">
          <p>Not saved: {status.message}</p>
          {status.details.length > 0 && (
            <ul>
              {status.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {hasConflict && (
        <p className="field-problem">Choose above what happens to your changes before saving.</p>
      )}
      {hasProblems && isDirty && (
        <p className="field-problem">Fix the problems marked above before saving.</p>
      )}
    </div>
  );
}
