import { useEffect, useLayoutEffect, useRef, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { roleAtLeast } from '../../../common/roles.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { PrivateBadge } from '../../components/private-badge.tsx';
import { ConflictNotice } from '../../features/editor/components/conflict-notice.tsx';
import { LeaveDialog } from '../../features/editor/components/leave-dialog.tsx';
import { RestoredNotice } from '../../features/editor/components/restored-notice.tsx';
import { draftFromFile } from '../../features/editor/editor-draft.ts';
import { fileAsSaved, type EditorLoop } from '../../features/editor/editor-loop.ts';
import { useEditorForm } from '../../features/editor/use-editor-form.ts';
import { useLoopKeys } from '../../features/editor/use-loop-keys.ts';
import { useSaveShortcut } from '../../features/editor/use-save-shortcut.ts';
import { useUnsavedChangesGuard } from '../../features/editor/use-unsaved-changes-guard.ts';
import { useSession } from '../../api/session/get-session.ts';
import { paths, viewFromEditorParams } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FileEditorWorkspace } from './file-editor-workspace.tsx';
import '../../features/editor/components/editor.css';

interface FileEditorFormProps {
  file: FileDetails;
  /** The pass through the view the editor was opened from. */
  loop?: EditorLoop;
}

/** The editor page's body: the title and notices above the workspace. */
export function FileEditorForm({ file, loop }: FileEditorFormProps) {
  const navigate = useNavigate();
  const { data: session } = useSession();
  const canEdit = session ? roleAtLeast(session.user.role, 'editor') : false;
  const form = useEditorForm(file, {
    draftOwner: canEdit && session ? session.user.username : null,
    onSaved: loop?.onSaved,
  });
  const blocker = useUnsavedChangesGuard(form.isDirty);
  usePageTitle(form.saved.name);
  const [params] = useSearchParams();
  useSaveShortcut(() => {
    if (canEdit) form.save();
  });

  // "Save, then go to …": once saved, nothing is left unsaved, so the guard lets the user go.
  const goTo = form.goTo;
  useEffect(() => {
    if (goTo) void navigate(goTo.path, { state: goTo.state });
  }, [goTo, navigate]);

  /** "Save and next": saves and moves on once saved; with nothing to save, just moves on. */
  function saveAndNext() {
    const target = canEdit && loop?.goOn(fileAsSaved(form.saved, form.draft));
    if (!target || form.isSaving || form.conflict) return;
    if (form.isDirty) form.save({ then: target });
    else void navigate(target.path, { state: target.state });
  }
  // Run later (once typed tags have landed), it must see the draft as it is then.
  const latestSaveAndNext = useRef(saveAndNext);
  useLayoutEffect(() => {
    latestSaveAndNext.current = saveAndNext;
  });
  const requestSaveAndNext = () => loop?.whenTagsSettled(() => latestSaveAndNext.current());
  useLoopKeys(loop ? { saveAndNext: requestSaveAndNext } : {});

  function submit(event: FormEvent) {
    event.preventDefault();
    form.save();
  }

  return (
    <form className="editor" onSubmit={submit} aria-labelledby="editor-title">
      <header className="editor__header">
        <Link to={paths.view(viewFromEditorParams(params))} state={loop?.backState}>
          <span aria-hidden="true">← </span>Back to library
        </Link>
        <div className="editor__title">
          <h1 id="editor-title">{form.saved.name}</h1>
          {form.saved.isPrivateFile && <PrivateBadge />}
        </div>
      </header>
      {!canEdit && (
        <p className="read-only-note">
          Read only: as a {session?.user.role ?? 'guest'} you can look at images but not change
          them.
        </p>
      )}
      {canEdit && form.conflict && (
        <ConflictNotice
          conflict={form.conflict}
          base={draftFromFile(form.saved)}
          onKeepMine={form.keepMineOnTheirs}
          onDiscardMine={form.discard}
          onRetry={form.retryConflict}
        />
      )}
      {canEdit && form.isRestored && <RestoredNotice onDiscard={form.discard} />}
      <FileEditorWorkspace
        form={form}
        canEdit={canEdit}
        loop={loop}
        onSaveAndNext={loop && requestSaveAndNext}
      />
      <LeaveDialog blocker={blocker} onLeave={form.forgetKeptDraft} />
    </form>
  );
}
