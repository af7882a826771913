import { useEffect, useState } from 'react';
import { saveScrollY, savedScrollY } from './scroll-memory.ts';

/**
 * Remembers how far the page is scrolled in `viewKey` and answers where to start when the view
 * is shown again (coming back from an image, Back, a reload). Saved as the user scrolls, since
 * by the time the library unmounts the next page may already have moved the scroll position.
 */
export function useScrollMemory(viewKey: string): number {
  const [start] = useState(() => savedScrollY(viewKey));
  useEffect(() => {
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
