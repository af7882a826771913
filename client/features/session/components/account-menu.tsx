import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SignOutEverywhereDialog } from './sign-out-everywhere-dialog.tsx';

// Its checks use the shared zod schemas; every page has this menu, few open the dialog.
const ChangePasswordDialog = lazy(async () => ({
  default: (await import('./change-password-dialog.tsx')).ChangePasswordDialog,
}));

/** "Account": the signed-in user's own password and sessions, behind a disclosure button. */
export function AccountMenu({ onSignedOut }: { onSignedOut(): void }) {
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [dialog, setDialog] = useState<'password' | 'everywhere' | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [isOpen]);

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && isOpen) {
      setOpen(false);
      toggleRef.current?.focus();
    }
  }

  function open(which: 'password' | 'everywhere') {
    setOpen(false);
    setDialog(which);
  }

  return (
    <div className="account-menu" ref={rootRef} onKeyDown={keyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Account
      </button>
      {isOpen && (
        <ul id={`${id}-panel`} className="account-menu__panel">
          <li>
            <button type="button" className="button button--quiet" onClick={() => open('password')}>
              Change password
            </button>
          </li>
          <li>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => open('everywhere')}
            >
              Sign out everywhere
            </button>
          </li>
        </ul>
      )}
      {dialog === 'password' && (
        <Suspense fallback={null}>
          <ChangePasswordDialog onClose={() => setDialog(null)} returnFocusTo={toggleRef} />
        </Suspense>
      )}
      {dialog === 'everywhere' && (
        <SignOutEverywhereDialog
          onClose={() => setDialog(null)}
          onSignedOut={onSignedOut}
          returnFocusTo={toggleRef}
        />
      )}
    </div>
  );
}
