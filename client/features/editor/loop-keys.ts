/** What a key press asks of the tagging loop. */
export type LoopCommand =
  'previous' | 'next' | 'saveAndNext' | 'sameTags' | 'sameRegion' | 'sameBoth' | 'help';

/** The parts of a keydown that decide it (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  /** The physical key: Alt+Shift+letter types other characters on some layouts (macOS). */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** Whether the key would edit text where the focus is (a text field holding some text). */
  inText: boolean;
}

/**
 * "Same as previous" on Alt+Shift+letter: free in Chrome, Firefox and Safari (Chrome's own
 * Alt+Shift shortcuts are T, I, A and B) and in screen readers (NVDA, JAWS and Narrator use
 * Insert or Caps Lock, VoiceOver Ctrl+Option). Ctrl+Alt is avoided: it is AltGr on many layouts.
 */
export const SAME_AS_PREVIOUS_KEYS = {
  sameTags: 'KeyG',
  sameRegion: 'KeyR',
  sameBoth: 'KeyP',
} as const;

/** The keys as the UI shows them, and as `aria-keyshortcuts` names them. */
export const LOOP_KEY_LABELS: Record<LoopCommand, string> = {
  previous: 'Alt+ArrowLeft',
  next: 'Alt+ArrowRight',
  saveAndNext: 'Control+Enter Meta+Enter',
  sameTags: 'Alt+Shift+G',
  sameRegion: 'Alt+Shift+R',
  sameBoth: 'Alt+Shift+P',
  help: '?',
};

const SAME_BY_CODE = Object.fromEntries(
  Object.entries(SAME_AS_PREVIOUS_KEYS).map(([command, code]) => [code, command as LoopCommand]),
);

/**
 * The loop's command for a key press, or null. Alt+← and Alt+→ leave text alone while it is being
 * edited (they move by word on macOS), and so does `?`, which is then just a character.
 */
export function loopCommandOf(press: KeyPress): LoopCommand | null {
  const { altKey, ctrlKey, metaKey, shiftKey } = press;
  if (press.key === 'Enter' && (ctrlKey || metaKey) && !altKey && !shiftKey) return 'saveAndNext';
  if (altKey && !ctrlKey && !metaKey && !shiftKey && !press.inText) {
    if (press.key === 'ArrowLeft') return 'previous';
    if (press.key === 'ArrowRight') return 'next';
  }
  if (altKey && shiftKey && !ctrlKey && !metaKey) return SAME_BY_CODE[press.code] ?? null;
  if (press.key === '?' && !altKey && !ctrlKey && !metaKey && !press.inText) return 'help';
  return null;
}

/** Whether keys typed at `target` edit text there: a text field or text area holding text. */
export function isEditingText(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return target.value !== '';
  if (!(target instanceof HTMLInputElement)) {
    return target instanceof HTMLElement && target.isContentEditable === true;
  }
  return ['text', 'search', 'url', 'email'].includes(target.type) && target.value !== '';
}
