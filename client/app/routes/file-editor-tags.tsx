import { SameAsPrevious } from '../../features/editor/components/same-as-previous.tsx';
import { withPreviousTags } from '../../features/editor/same-as-previous.ts';
import { TagSelect } from '../../features/tags/tag-select.tsx';
import type { EditorLoop } from '../../features/editor/editor-loop.ts';
import type { EditorForm } from '../../features/editor/use-editor-form.ts';

interface TagsSectionProps {
  form: EditorForm;
  canEdit: boolean;
  loop?: EditorLoop;
  /** Takes the previous image's region; absent when this file cannot have one. */
  onPreviousRegion?(): void;
}

/**
 * The tags with what speeds them up in a pass: the quick picks (Alt+1…9) and "Same as previous".
 */
export function TagsSection(props: TagsSectionProps) {
  const { form, canEdit, loop, onPreviousRegion } = props;
  const previous = loop?.previous ?? null;
  return (
    <section className="editor__section editor__tags">
      <TagSelect
        value={form.draft.tags}
        onChange={form.setTags}
        isDisabled={!canEdit}
        autoFocus={canEdit}
        quickPicks={loop?.quickPicks}
        onPendingChange={loop?.onTagsPending}
      />
      {canEdit && loop && (
        <SameAsPrevious
          previous={previous}
          canTakeRegion={onPreviousRegion !== undefined}
          onTags={() => previous && form.setTags(withPreviousTags(form.draft.tags, previous))}
          onRegion={() => onPreviousRegion?.()}
        />
      )}
    </section>
  );
}
