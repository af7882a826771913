import { useDocumentKeydown } from '../../lib/use-document-keydown.ts';

/** Ctrl+S / ⌘S saves (and never opens the browser's "Save page" dialog on this page). */
export function useSaveShortcut(save: () => void) {
  useDocumentKeydown((event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  });
}
