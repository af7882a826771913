import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FileDetails } from '../../../../common/file-details.ts';
import { viewKey, type LibraryView } from '../../../lib/library-view.ts';
import { paths } from '../../../lib/paths.ts';
import { useElementWidth } from '../../../lib/use-element-width.ts';
import { useWindowRows } from '../../../lib/use-window-rows.ts';
import { nextIndex } from '../grid-keys.ts';
import { GRID_GAP, gridLayout, rowCount } from '../grid-layout.ts';
import type { GridSelection } from '../use-library-selection.ts';
import { useRestoreScroll } from '../use-restore-scroll.ts';
import { FileCard, type CardHandlers } from './file-card.tsx';
import { LoaderRow } from './loader-row.tsx';

export interface LibraryGridProps {
  files: readonly FileDetails[];
  total: number;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore(): void;
  view: LibraryView;
  selection: GridSelection;
  onTagClick(tag: string): void;
  /** The page's scroll position to start at (coming back to this view). */
  initialScrollY: number;
}

/** Before anything is measured (and in jsdom): a desktop-sized grid. */
const FALLBACK_WIDTH = 1000;

/**
 * The library's images as an endless, virtualized grid: only the rows near the screen are in the
 * page, whatever the size of the library; the next page loads as its end comes into view.
 * Keyboard: one card is in the tab order; arrows, Home/End and Page Up/Down move, Enter opens,
 * Space selects.
 */
export function LibraryGrid(props: LibraryGridProps) {
  const { files, total, hasMore, view, selection } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const layout = gridLayout(useElementWidth(listRef, FALLBACK_WIDTH));
  const { columns, rowHeight } = layout;
  const count = rowCount(files.length, columns, hasMore);
  const { rows, totalHeight, scrollToRow } = useWindowRows(listRef, {
    count,
    rowHeight,
    initialScrollY: props.initialScrollY,
  });
  useRestoreScroll(props.initialScrollY);
  const [active, setActive] = useState(0);
  const fromKey = useMemo(() => viewKey(view), [view]);
  const focusPending = useRef(false);

  // Handlers read the latest props through a ref, so they stay the same object and the memoized
  // cards re-render only when their own file or state changes.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const handlers = useMemo<CardHandlers>(
    () => ({
      onToggle: (fileId, withShift) => {
        const { files: shown, selection: current } = latest.current;
        current.toggle(fileId, shown, withShift);
      },
      onSpace: (fileId) => latest.current.selection.startWith(fileId, latest.current.files),
      onFocusCard: setActive,
      onTagClick: (tag) => latest.current.onTagClick(tag),
    }),
    [],
  );

  // The loading row came into view: fetch the next page.
  const lastRow = rows.at(-1)?.index ?? -1;
  const { isLoadingMore, loadMoreFailed, onLoadMore } = props;
  useEffect(() => {
    if (hasMore && !isLoadingMore && !loadMoreFailed && lastRow >= count - 2) onLoadMore();
  }, [hasMore, isLoadingMore, loadMoreFailed, lastRow, count, onLoadMore]);

  // After a key moved the active card, focus it as soon as its row is rendered.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const card = listRef.current?.querySelector<HTMLElement>(
      `[data-index="${active}"] .file-card__link`,
    );
    if (card) {
      card.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  // The tab stop must be a rendered card: when the active one has scrolled away, the first shown.
  const firstShown = (rows[0]?.index ?? 0) * columns;
  const lastShown = ((rows.at(-1)?.index ?? 0) + 1) * columns - 1;
  const tabStop = active >= firstShown && active <= lastShown ? active : firstShown;

  function keyDown(event: KeyboardEvent) {
    if (!(event.target as HTMLElement).classList.contains('file-card__link')) return;
    const rowsPerPage = Math.max(1, Math.floor(window.innerHeight / rowHeight));
    const next = nextIndex(event, tabStop, { count: files.length, columns, rowsPerPage });
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    focusPending.current = true;
    scrollToRow(Math.floor(next / columns));
  }

  return (
    <div
      ref={listRef}
      role="grid"
      aria-label="Images"
      aria-rowcount={Math.ceil(total / columns)}
      aria-colcount={columns}
      aria-multiselectable={selection.isSelecting || undefined}
      className="file-grid"
      style={{ height: totalHeight }}
      onKeyDown={keyDown}
    >
      {rows.map(({ index, top }) => {
        const style = { transform: `translateY(${top}px)`, height: rowHeight - GRID_GAP };
        if (index * columns >= files.length) {
          return (
            <LoaderRow
              key="loader"
              style={style}
              isLoadingMore={isLoadingMore}
              loadMoreFailed={loadMoreFailed}
              onLoadMore={onLoadMore}
            />
          );
        }
        const rowFiles = files.slice(index * columns, (index + 1) * columns);
        return (
          <div
            key={index}
            role="row"
            aria-rowindex={index + 1}
            className="file-grid__row"
            style={{ ...style, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
          >
            {rowFiles.map((file, column) => {
              const fileIndex = index * columns + column;
              return (
                <FileCard
                  key={file.fileId}
                  file={file}
                  index={fileIndex}
                  column={column}
                  href={paths.fileInView(file.fileId, fromKey)}
                  frameSize={layout.frameSize}
                  isActive={fileIndex === tabStop}
                  isSelecting={selection.isSelecting}
                  isSelected={selection.isSelected(file.fileId)}
                  handlers={handlers}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
