import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface WindowRowsOptions {
  count: number;
  /** Every row is this tall (px): layouts that know their sizes need no measuring pass. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the screen, so fast scrolling shows no blank band. */
  overscan?: number;
  /** Where the page should be scrolled to on the first render (a restored position). */
  initialScrollY?: number;
}

export interface WindowRow {
  index: number;
  /** Top of the row within the list (px). */
  top: number;
}

/**
 * Rows of a long list in a page that scrolls as a whole (one scroll bar, also on phones): only
 * the rows near the screen are rendered. The one module that knows the virtualizer.
 */
export function useWindowRows(
  listRef: RefObject<HTMLElement | null>,
  { count, rowHeight, overscan = 2, initialScrollY = 0 }: WindowRowsOptions,
) {
  const listTop = useListTop(listRef);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin: listTop,
    initialOffset: initialScrollY,
  });

  // Sizes are cached per row: a new row height (window resized, columns changed) must reset them.
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  const rows: WindowRow[] = virtualizer
    .getVirtualItems()
    .map((item) => ({ index: item.index, top: item.start - listTop }));

  return {
    rows,
    totalHeight: virtualizer.getTotalSize(),
    /** Scrolls the page just enough to show the row. */
    scrollToRow: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}

/** The list's top in page coordinates; content above it (filters, panels) can change height. */
function useListTop(listRef: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  const topRef = useRef(top);
  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().top + window.scrollY);
      if (next !== topRef.current) {
        topRef.current = next;
        setTop(next);
      }
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    // Whatever changes above the list changes the page's height too.
    observer?.observe(document.body);
    return () => observer?.disconnect();
  }, [listRef]);
  return top;
}
