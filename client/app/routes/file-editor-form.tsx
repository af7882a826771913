import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roleAtLeast } from '../../../common/roles.ts';
import type { Size } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { PrivateBadge } from '../../components/private-badge.tsx';
import { ConflictNotice } from '../../features/editor/components/conflict-notice.tsx';
import { LeaveDialog } from '../../features/editor/components/leave-dialog.tsx';
import { RegionCanvas } from '../../features/editor/components/region-canvas.tsx';
import { RegionFields } from '../../features/editor/components/region-fields.tsx';
import { RegionPreviews } from '../../features/editor/components/region-previews.tsx';
import { RestoredNotice } from '../../features/editor/components/restored-notice.tsx';
import { SaveBar } from '../../features/editor/components/save-bar.tsx';
import { draftFromFile } from '../../features/editor/editor-draft.ts';
import { useDisplayImage } from '../../features/editor/use-display-image.ts';
import { useEditorForm, type EditorForm } from '../../features/editor/use-editor-form.ts';
import { useSaveShortcut } from '../../features/editor/use-save-shortcut.ts';
import { useUnsavedChangesGuard } from '../../features/editor/use-unsaved-changes-guard.ts';
import { useSession } from '../../api/session/get-session.ts';
import { TagSelect } from '../../features/tags/tag-select.tsx';
import { scaledUrl } from '../../lib/image-url.ts';
import { paths, viewFromEditorParams } from '../../lib/paths.ts';
import '../../features/editor/components/editor.css';

/** The editor page's body: the image and its region on the left, the fields and Save on the right. */
export function FileEditorForm({ file }: { file: FileDetails }) {
  const { data: session } = useSession();
  const canEdit = session ? roleAtLeast(session.user.role, 'editor') : false;
  const form = useEditorForm(file, {
    draftOwner: canEdit && session ? session.user.username : null,
  });
  const blocker = useUnsavedChangesGuard(form.isDirty);
  const [params] = useSearchParams();
  useSaveShortcut(() => {
    if (canEdit) form.save();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    form.save();
  }

  return (
    <form className="editor" onSubmit={submit} aria-labelledby="editor-title">
      <header className="editor__header">
        <Link to={paths.view(viewFromEditorParams(params))}>
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
      {form.image ? (
        <ImageWithRegion form={form} image={form.image} canEdit={canEdit} />
      ) : (
        <div className="editor__columns">
          <div className="region-canvas">
            <img
              className="editor__plain-image"
              src={scaledUrl(form.saved, 1200)}
              alt={form.saved.name}
            />
            <p className="hint">This file has no known pixel size, so it cannot have a region.</p>
          </div>
          <div className="editor__side">
            <TagFields form={form} canEdit={canEdit} />
          </div>
        </div>
      )}
      <LeaveDialog blocker={blocker} onLeave={form.forgetKeptDraft} />
    </form>
  );
}

function ImageWithRegion({
  form,
  image,
  canEdit,
}: {
  form: EditorForm;
  image: Size;
  canEdit: boolean;
}) {
  const display = useDisplayImage(form.saved, image);
  return (
    <div className="editor__columns">
      <RegionCanvas
        src={display.src}
        stageRef={display.stageRef}
        alt={form.saved.name}
        image={image}
        region={form.draft.region}
        onChange={form.setRegion}
        readOnly={!canEdit}
      />
      <div className="editor__side">
        <RegionFields
          region={form.draft.region}
          image={image}
          onChange={form.setRegion}
          onClear={form.clearRegion}
          onValidityChange={form.setNumbersValid}
          readOnly={!canEdit}
          version={form.version}
        />
        <TagFields form={form} canEdit={canEdit} />
        <RegionPreviews
          saved={form.saved}
          hasSavedRegion={form.saved.customCoordinates !== null}
          displaySrc={display.src}
          region={form.draft.region}
          image={image}
        />
      </div>
    </div>
  );
}

function TagFields({ form, canEdit }: { form: EditorForm; canEdit: boolean }) {
  return (
    <>
      <section className="editor__section">
        <TagSelect value={form.draft.tags} onChange={form.setTags} isDisabled={!canEdit} />
        {canEdit && (
          <div className="button-row">
            <button
              type="button"
              className="button button--quiet"
              disabled={form.draft.tags.length === 0}
              onClick={() => form.setTags([])}
            >
              Clear tags
            </button>
          </div>
        )}
      </section>
      {canEdit && (
        <SaveBar
          canSave={form.canSave}
          isDirty={form.isDirty}
          isSaving={form.isSaving}
          status={form.status}
          hasProblems={form.hasProblems}
          hasConflict={form.conflict !== null}
          onDiscard={form.discard}
        />
      )}
    </>
  );
}
