import { Dialog } from '../../../components/dialog.tsx';
import './pass.css';

const SHORTCUTS: ReadonlyArray<[keys: string, what: string]> = [
  ['Ctrl+Enter (⌘+Enter)', 'Save and go to the next image; after the last one, back to the view'],
  ['Ctrl+S (⌘S)', 'Save'],
  [
    'Alt+→ / Alt+←',
    'Next / previous image, unless a field holds text being typed (asks first when changes are not saved)',
  ],
  ['Alt+1 … Alt+9', 'Add the quick pick with that number (the tags used most in this view)'],
  ['Alt+Shift+P', 'Same as previous: the previous image’s tags and region'],
  ['Alt+Shift+G', 'Same as previous: its tags only'],
  ['Alt+Shift+R', 'Same as previous: its region only, scaled to this image'],
  ['Enter (in Tags)', 'Take the highlighted tag; a comma or a pasted list adds several'],
  ['Tab', 'Tags → region → its numbers → Save'],
  ['Enter (on the region)', 'Take the suggested region (Escape lets it go)'],
  ['Arrows, Shift+arrows', 'Move the region, resize it (Ctrl or ⌘ for big steps)'],
  ['?', 'This list (when not typing)'],
];

/** Every shortcut of the editor in one list, opened with `?` or its button. */
export function KeyboardHelp({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {/* Focused first (not Close, at the end): reading, and scrolling a long list, start at the top. */}
      <dl className="keyboard-help" tabIndex={-1} data-autofocus>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="keyboard-help__row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
