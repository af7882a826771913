import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { FileDetails } from '../../../common/file-details.ts';
import { roleAtLeast } from '../../../common/roles.ts';
import { useSession } from '../../api/session/get-session.ts';
import { KeyboardHelp } from '../../features/editor/components/keyboard-help.tsx';
import { PassNav } from '../../features/editor/components/pass-nav.tsx';
import type { EditorLoop } from '../../features/editor/editor-loop.ts';
import { useLoopKeys } from '../../features/editor/use-loop-keys.ts';
import { summarize, type PassSummaryState } from '../../features/editor/pass-summary.ts';
import { positionText, usePassPlace } from '../../features/editor/use-pass-place.ts';
import { useViewPass } from '../../features/editor/use-view-pass.ts';
import { useQuickPicks } from '../../features/tags/use-quick-picks.ts';
import { tagScopeOf } from '../../lib/library-view-changes.ts';
import { viewKey, viewToQuery } from '../../lib/library-view.ts';
import { paths, viewFromEditorParams } from '../../lib/paths.ts';

interface EditorPassProps {
  fileId: string;
  /** The editor of the current image, given what it needs of the pass; a new one per image. */
  Editor: ComponentType<{ fileId: string; loop: EditorLoop }>;
}

/**
 * The editor walking the view it was opened from (`?from=`): previous and next, the image's
 * number in the view, "save and next", quick picks and "same as previous". It stays while the
 * editor below it is replaced for each image, so the pass, the chips' order and the live region
 * carry over from one image to the next.
 */
export function EditorPass({ fileId, Editor }: EditorPassProps) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const view = useMemo(() => viewFromEditorParams(new URLSearchParams({ from })), [from]);
  const query = useMemo(() => viewToQuery(view), [view]);
  const scope = useMemo(() => viewToQuery(tagScopeOf(view)), [view]);
  const { data: session } = useSession();
  const canEdit = session ? roleAtLeast(session.user.role, 'editor') : false;

  const { pass, admit, recordSave, lastSavedBefore } = useViewPass(fileId, viewKey(view));
  const place = usePassPlace(pass, fileId, query, canEdit);
  const quickPicks = useQuickPicks(scope);
  const [helpOpen, setHelpOpen] = useState(false);
  const ready = place.kind === 'ready' ? place : null;

  const [tagsPending, setTagsPending] = useState(false);
  const waiting = useRef<(() => void) | null>(null);
  const whenTagsSettled = (move: () => void) => {
    if (tagsPending) waiting.current = move;
    else move();
  };
  useEffect(() => {
    const move = waiting.current;
    if (tagsPending || !move) return;
    waiting.current = null;
    move();
  }, [tagsPending]);

  const summary = (finished: boolean, also?: FileDetails): PassSummaryState => ({
    passSummary: summarize(pass.saved, also),
    finished,
  });
  const pathTo = (file: FileDetails) => {
    admit(file.fileId);
    return paths.file(file.fileId, view);
  };
  const open = (file: FileDetails | null | undefined) => file && void navigate(pathTo(file));
  const next = () => {
    if (ready?.next) open(ready.next);
    else if (ready) void navigate(paths.view(view), { state: summary(true) });
  };
  const previous = () => open(ready?.previous);
  useLoopKeys(
    {
      previous: () => whenTagsSettled(previous),
      next: () => whenTagsSettled(next),
      help: () => setHelpOpen(true),
    },
    { before: true },
  );

  const loop: EditorLoop = {
    goOn(saving) {
      if (!ready) return null;
      if (ready.next) return { path: pathTo(ready.next) };
      return { path: paths.view(view), state: summary(true, saving) };
    },
    goOnKind: ready ? (ready.next ? 'next' : 'finish') : null,
    onSaved: recordSave,
    previous: lastSavedBefore(fileId) ?? ready?.previous ?? null,
    quickPicks,
    backState: pass.saved.length > 0 ? summary(false) : undefined,
    onTagsPending: setTagsPending,
    whenTagsSettled,
  };

  return (
    <>
      <PassNav
        place={place}
        onPrevious={() => whenTagsSettled(previous)}
        onNext={() => whenTagsSettled(next)}
        onHelp={() => setHelpOpen(true)}
      />
      {/* Outside the editor, which is replaced for each image: a live region must stay put. */}
      <p className="visually-hidden" role="status">
        {ready && ready.index !== null ? `${positionText(place)}: ${ready.current.name}` : ''}
      </p>
      <Editor key={fileId} fileId={fileId} loop={loop} />
      {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
    </>
  );
}
