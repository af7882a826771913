import { useEffect, useLayoutEffect, useRef } from 'react';

/** How long after the list appears it may still grow into place (widths measured, pages read). */
const SETTLE_MS = 3000;

/**
 * Scrolls the page to `target` once the list is tall enough. The first renders may be shorter
 * than the list will be (its width is measured after the first paint; after a reload the pages
 * come one by one), so it tries again after each render until it gets there, the list settles,
 * or the user scrolls, clicks or types themselves.
 */
export function useRestoreScroll(target: number): void {
  const pending = useRef(target > 0);
  const deadline = useRef(0);

  useEffect(() => {
    deadline.current = performance.now() + SETTLE_MS;
    const stop = () => {
      pending.current = false;
    };
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const name of events) window.addEventListener(name, stop, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, stop);
    };
  }, []);

  useLayoutEffect(() => {
    if (!pending.current) return;
    if (deadline.current > 0 && performance.now() > deadline.current) {
      pending.current = false;
      return;
    }
    window.scrollTo(0, target);
    if (Math.abs(window.scrollY - target) < 2) pending.current = false;
  });
}
