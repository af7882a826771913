import { useRef } from 'react';
import type { Size } from '../../../common/coordinates.ts';
import { formatCoordinates } from '../../../common/coordinates.ts';
import { AITagsPanel } from '../../features/editor/components/ai-tags-panel.tsx';
import { DescriptionField } from '../../features/editor/components/description-field.tsx';
import { RegionCanvas } from '../../features/editor/components/region-canvas.tsx';
import type { RegionEditorHandle } from '../../features/editor/components/region-editor.tsx';
import { RegionFields } from '../../features/editor/components/region-fields.tsx';
import { RegionPreviews } from '../../features/editor/components/region-previews.tsx';
import { RegionTools } from '../../features/editor/components/region-tools.tsx';
import { SaveBar } from '../../features/editor/components/save-bar.tsx';
import type { EditorLoop } from '../../features/editor/editor-loop.ts';
import { defaultRegion } from '../../features/editor/region-numbers.ts';
import { useAspectLock } from '../../features/editor/use-aspect-lock.ts';
import { useDisplayImage } from '../../features/editor/use-display-image.ts';
import type { EditorForm } from '../../features/editor/use-editor-form.ts';
import { useRegionSuggestion } from '../../features/editor/use-region-suggestion.ts';
import { previousRegionOn } from '../../features/editor/same-as-previous.ts';
import { HistoryPanel } from '../../features/history/components/history-panel.tsx';
import { scaledUrl } from '../../lib/image-url.ts';
import { TagsSection } from './file-editor-tags.tsx';

interface WorkspaceProps {
  form: EditorForm;
  canEdit: boolean;
  /** Set when the editor walks a view: quick picks, "same as previous", "save and next". */
  loop?: EditorLoop;
  onSaveAndNext?(): void;
}

/**
 * The editor's fields, in the order the keyboard walks them: tags, the region, its numbers,
 * Save; then the framing tools (aspect ratio, suggestion), the description, the AI tags and the
 * history. On wide screens the image takes the left column and the rest stands beside it; on
 * narrow ones they stack and the save bar stays at the bottom of the screen.
 */
export function FileEditorWorkspace(props: WorkspaceProps) {
  const { form, canEdit } = props;
  if (form.image) return <WithRegion {...props} image={form.image} />;
  return (
    <div className="editor__layout">
      <TagsSection {...props} />
      <div className="region-canvas">
        <img
          className="editor__plain-image"
          src={scaledUrl(form.saved, 1200)}
          alt={form.saved.name}
        />
        <p className="hint">This file has no known pixel size, so it cannot have a region.</p>
      </div>
      <div className="editor__side">
        {canEdit && <FormSaveBar {...props} />}
        <DetailsSections form={form} canEdit={canEdit} />
      </div>
    </div>
  );
}

function WithRegion(props: WorkspaceProps & { image: Size }) {
  const { form, canEdit, image } = props;
  const display = useDisplayImage(form.saved, image);
  const region = form.draft.region;
  const editor = useRef<RegionEditorHandle>(null);
  const lock = useAspectLock(region, image, form.setRegion);
  const suggestion = useRegionSuggestion(
    form.saved,
    region,
    canEdit && form.saved.customCoordinates === null,
  );
  const savedCoordinates = form.saved.customCoordinates;

  function add() {
    form.setRegion(lock.fitted(defaultRegion(image)));
    editor.current?.focusRegion();
  }

  /** "Same as previous" for the region: scaled to this image, held to the locked ratio. */
  function takePreviousRegion() {
    const previous = props.loop?.previous;
    const scaled = previous && previousRegionOn(previous, image);
    if (!scaled) return;
    form.setRegion(lock.fitted(scaled));
    suggestion.settle();
  }

  function accept() {
    if (!suggestion.proposal) return;
    form.setRegion(lock.fitted(suggestion.proposal));
    suggestion.settle();
    editor.current?.focusRegion();
  }

  return (
    <div className="editor__layout">
      <TagsSection {...props} onPreviousRegion={takePreviousRegion} />
      <RegionCanvas
        src={display.src}
        stageRef={display.stageRef}
        alt={form.saved.name}
        image={image}
        region={region}
        onChange={form.setRegion}
        readOnly={!canEdit}
        aspect={lock.ratio}
        proposal={canEdit ? suggestion.proposal : null}
        onAcceptProposal={accept}
        onDismissProposal={suggestion.settle}
        onAdd={add}
        handleRef={editor}
      />
      <div className="editor__side">
        <RegionFields
          region={region}
          image={image}
          onChange={form.setRegion}
          onValidityChange={form.setNumbersValid}
          readOnly={!canEdit}
          aspect={lock.ratio}
          version={form.version}
        />
        {canEdit && <FormSaveBar {...props} />}
        {canEdit && (
          <RegionTools
            region={region}
            lock={lock}
            suggestion={suggestion}
            onAccept={accept}
            onAdd={add}
            onClear={form.clearRegion}
          />
        )}
        <DetailsSections form={form} canEdit={canEdit} />
        <RegionPreviews
          saved={form.saved}
          hasSavedRegion={savedCoordinates !== null}
          isChanged={(region && formatCoordinates(region)) !== savedCoordinates}
          displaySrc={display.src}
          region={region}
          image={image}
        />
      </div>
    </div>
  );
}

function FormSaveBar({ form, loop, onSaveAndNext }: WorkspaceProps) {
  return (
    <SaveBar
      canSave={form.canSave}
      isDirty={form.isDirty}
      isSaving={form.isSaving}
      status={form.status}
      hasProblems={form.hasProblems}
      hasConflict={form.conflict !== null}
      onDiscard={form.discard}
      goOn={loop && onSaveAndNext && { kind: loop.goOnKind, onClick: onSaveAndNext }}
    />
  );
}

function DetailsSections({ form, canEdit }: WorkspaceProps) {
  const { tags, description, removedAITags } = form.draft;
  return (
    <>
      <DescriptionField value={description} onChange={form.setDescription} readOnly={!canEdit} />
      <AITagsPanel
        aiTags={form.saved.AITags ?? []}
        tags={tags}
        removed={removedAITags}
        onAccept={(name) => form.setTags([...tags, name])}
        onSetRemoved={form.setAITagRemoved}
        readOnly={!canEdit}
      />
      <HistoryPanel
        fileId={form.saved.fileId}
        mayRevert={canEdit}
        blockedBy={form.isDirty ? 'Save or discard your changes before reverting one.' : null}
      />
    </>
  );
}
