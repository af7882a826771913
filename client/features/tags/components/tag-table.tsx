import { useEffect, useMemo, useRef } from 'react';
import { useTagList } from '../../../api/tags/list-tags.ts';
import type { TagListParams } from '../../../api/tags/tag-keys.ts';
import { Loading, LoadFailed } from '../../../components/load-states.tsx';
import { formatCount } from '../../../lib/format-count.ts';
import { useWindowRows } from '../../../lib/use-window-rows.ts';
import type { TagAction } from '../tag-rewrite.ts';
import { TagRow, TAG_ROW_HEIGHT } from './tag-row.tsx';
import './tags-page.css';

interface TagTableProps {
  params: TagListParams;
  /** Given to editors: the row's Rename / Merge / Delete buttons call it. */
  onAction?: (action: TagAction, tag: string, count: number) => void;
}

/**
 * Every tag of the library with its exact count, page after page as the list scrolls; only the
 * rows near the screen are in the page, so 20,000 tags cost what 40 do.
 */
export function TagTable({ params, onAction }: TagTableProps) {
  const list = useTagList(params);
  const listRef = useRef<HTMLUListElement>(null);
  const pages = list.data?.pages;
  const tags = useMemo(() => pages?.flatMap((page) => page.tags) ?? [], [pages]);
  const total = pages?.[0]?.total ?? 0;
  const { rows, totalHeight } = useWindowRows(listRef, {
    count: tags.length,
    rowHeight: TAG_ROW_HEIGHT,
  });

  const lastRow = rows.at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastRow >= tags.length - 10) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastRow, tags.length]);

  if (list.isPending) return <Loading>Loading tags…</Loading>;
  // A failed next page keeps what was loaded; the end of the list offers to try again.
  if (list.isError && !list.data) {
    return <LoadFailed message="Could not load the tags." onRetry={() => void list.refetch()} />;
  }
  return (
    <>
      <p className="tag-total" role="status">
        {total === 0
          ? params.q
            ? `No tag contains “${params.q}”.`
            : 'No image has a tag yet.'
          : `${formatCount(total)} ${total === 1 ? 'tag' : 'tags'}`}
      </p>
      <ul ref={listRef} className="tag-table" aria-label="Tags" style={{ height: totalHeight }}>
        {rows.map(({ index, top }) => {
          const tag = tags[index];
          if (!tag) return null;
          return (
            <TagRow
              key={tag.name}
              tag={tag}
              top={top}
              position={index + 1}
              setSize={total}
              onAction={onAction}
            />
          );
        })}
      </ul>
      {list.isFetchNextPageError && (
        <p role="alert">
          Could not load more tags.{' '}
          <button type="button" className="button" onClick={() => void fetchNextPage()}>
            Try again
          </button>
        </p>
      )}
    </>
  );
}
