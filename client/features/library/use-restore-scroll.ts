import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Scrolls the page to `target` once the list is tall enough. Coming back from an image the pages
 * are cached and one render does it; after a reload the list grows page by page, so it tries
 * again after each render until it gets there, the list ends, or the user scrolls themselves.
 */
export function useRestoreScroll(target: number, hasMore: boolean): void {
  const pending = useRef(target > 0);

  useEffect(() => {
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
    window.scrollTo(0, target);
    if (Math.abs(window.scrollY - target) < 2 || !hasMore) pending.current = false;
  });
}
