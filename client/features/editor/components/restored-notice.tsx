/** Says that edits from before a reload or sign-in came back, with the way to drop them. */
export function RestoredNotice({ onDiscard }: { onDiscard(): void }) {
  return (
    <div className="restored-notice" role="status">
      <p>Restored your unsaved changes from earlier.</p>
      <button type="button" className="button button--quiet" onClick={onDiscard}>
        Discard them
      </button>
    </div>
  );
}
