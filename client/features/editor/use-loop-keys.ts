import { useDocumentKeydown } from '../../lib/use-document-keydown.ts';
import { isEditingText, loopCommandOf, type LoopCommand } from './loop-keys.ts';

/**
 * Runs the loop's shortcuts that `handlers` has (see loop-keys.ts), from anywhere on the page.
 * A command without a handler here passes through untouched, for another part of the page.
 * `before` takes the keys before the focused element sees them and keeps them from it: Alt+→
 * must go to the next image, not also move a focused region (react-image-crop nudges on any
 * arrow).
 */
export function useLoopKeys(
  handlers: Partial<Record<LoopCommand, () => void>>,
  { before = false }: { before?: boolean } = {},
) {
  useDocumentKeydown(
    (event) => {
      if (event.isComposing || event.repeat) return;
      // Keys pressed in a dialog (the key help, "Leave without saving?") are the dialog's.
      if (event.target instanceof Element && event.target.closest('[aria-modal="true"]')) return;
      const command = loopCommandOf({
        key: event.key,
        code: event.code,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        inText: isEditingText(event.target),
      });
      const run = command && handlers[command];
      if (!run) return;
      event.preventDefault();
      if (before) event.stopPropagation();
      run();
    },
    { capture: before },
  );
}
