import { useLayoutEffect, useState } from 'react';
import { saveScrollY, savedScrollY } from './scroll-memory.ts';

/**
 * Remembers how far the page is scrolled in `viewKey` and answers where to start when the view
 * is shown again (coming back from an image, Back, a reload). Saved as the user scrolls, since
 * by the time the library unmounts the next page may already have moved the scroll position.
 * A layout effect, so the listener is gone in the same commit that removes the grid: the page
 * shrinking under the next route fires a scroll to 0 that must not count as this view's.
 */
export function useScrollMemory(viewKey: string): number {
  const [start] = useState(() => savedScrollY(viewKey));
  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => saveScrollY(viewKey, window.scrollY));
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, [viewKey]);
  return start;
}
