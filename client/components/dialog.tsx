import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { focusableIn, wrapTab } from './focus-trap.ts';
import './dialog.css';

interface DialogProps {
  title: string;
  /** `alertdialog` for questions that interrupt (confirmations). */
  role?: 'dialog' | 'alertdialog';
  /** Escape calls it; so should the dialog's own Cancel or Close button. */
  onClose(): void;
  /** Where the focus goes back to on close, when the element that opened it may be gone. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** Text that explains the dialog (read out with its title). */
  description?: ReactNode;
  children: ReactNode;
}

/**
 * A modal dialog: focus moves in (to the first element marked `data-autofocus`, else the first
 * focusable one), Tab stays inside, Escape closes, and on close the focus returns to where it
 * came from. Rendered into `document.body` so it can be opened from inside tables and forms.
 */
export function Dialog({
  title,
  role = 'dialog',
  onClose,
  returnFocusTo,
  description,
  children,
}: DialogProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const fallback = returnFocusTo?.current;
    const dialog = ref.current;
    if (dialog) {
      const wanted = dialog.querySelector<HTMLElement>('[data-autofocus]');
      (wanted ?? focusableIn(dialog)[0] ?? dialog).focus();
    }
    return () => {
      // The opener may be gone or hidden (a closed menu's item, a deleted row); then the fallback.
      for (const target of [opener, fallback]) {
        if (!target || target === document.body || !target.isConnected) continue;
        target.focus();
        if (document.activeElement === target) return;
      }
    };
    // The focus moves once per opening; later renders must not steal it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
    } else if (event.key === 'Tab' && ref.current && wrapTab(ref.current, event.shiftKey)) {
      event.preventDefault();
    }
  }

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog"
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-text` : undefined}
        tabIndex={-1}
        onKeyDown={keyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {description && (
          <div id={`${id}-text`} className="dialog__text">
            {description}
          </div>
        )}
        {children}
      </div>
    </div>,
    document.body,
  );
}
