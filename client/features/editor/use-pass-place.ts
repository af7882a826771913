import { useEffect, useMemo } from 'react';
import type { FileDetails } from '../../../common/file-details.ts';
import { useFileAhead } from '../../api/files/get-file.ts';
import { useFilePosition } from '../../api/files/get-file-position.ts';
import { usePassPages } from '../../api/files/list-pass-pages.ts';
import { useSuggestedRegion } from '../../api/files/get-suggested-region.ts';
import type { FileQuery } from '../../lib/file-query.ts';
import { formatCount } from '../../lib/format-count.ts';
import { preloadImage } from '../../lib/preload-image.ts';
import { imageSize } from './editor-draft.ts';
import { placeInPass, type PassSnapshot, type PlaceInPass } from './pass-sequence.ts';
import { displayUrlAhead } from './use-display-image.ts';
import type { ViewPass } from './use-view-pass.ts';

/** Read the next page when fewer files than this are left to walk to in that direction. */
const READ_ON_BELOW = 5;

export type PassPlace =
  | { kind: 'loading' }
  /** The catalog cannot place the file (not synced yet, or no longer there). */
  | { kind: 'unavailable' }
  | ({ kind: 'ready' } & PlaceInPass<FileDetails>);

/** "Image 12 of 1,204", or why there is no number. */
export function positionText(place: PassPlace): string {
  if (place.kind === 'loading') return 'Finding this image in the view…';
  if (place.kind === 'unavailable') return 'This image’s place in the view is not known yet';
  if (place.index === null) return `Not in this view (${formatCount(place.total)} images)`;
  return `Image ${formatCount(place.index + 1)} of ${formatCount(place.total)}`;
}

/**
 * The current file's place in the pass, read from the catalog without loading the view: its
 * position (one request when the pass starts), then pages from it in both directions, more as
 * the walk nears their end. The next image is read ahead — its details, the copy the editor will
 * show and its suggested region — so it opens at once.
 */
export function usePassPlace(
  pass: ViewPass,
  fileId: string,
  query: FileQuery,
  canEdit: boolean,
): PassPlace {
  const position = useFilePosition(pass.id, pass.anchorId, query);
  const anchor = useFileAhead(pass.anchorId).data;
  const at = position.data;
  const after = usePassPages(pass.id, query, 'after', at ? { cursor: at.after } : null);
  const before = usePassPages(pass.id, query, 'before', at ? at.before : null);

  const snapshot = useMemo((): PassSnapshot<FileDetails> | null => {
    if (!at || !anchor || !after.data || !before.data) return null;
    return {
      anchor,
      index: at.index,
      total: at.total,
      inView: at.inView,
      startedAt: position.dataUpdatedAt,
      after: after.data.pages,
      before: before.data.pages,
    };
  }, [at, anchor, after.data, before.data, position.dataUpdatedAt]);
  const place = snapshot && placeInPass(snapshot, fileId);

  const readAhead = place?.readAhead ?? Infinity;
  const readBehind = place?.readBehind ?? Infinity;
  useEffect(() => {
    if (readAhead < READ_ON_BELOW && after.hasNextPage && !after.isFetchingNextPage) {
      void after.fetchNextPage();
    }
  }, [readAhead, after]);
  useEffect(() => {
    if (readBehind < READ_ON_BELOW && before.hasNextPage && !before.isFetchingNextPage) {
      void before.fetchNextPage();
    }
  }, [readBehind, before]);

  const next = useFileAhead(place?.next?.fileId ?? null).data;
  useSuggestedRegion(
    next?.fileId ?? '',
    next?.versionInfo.id ?? '',
    canEdit && next !== undefined && imageSize(next) !== null && next.customCoordinates === null,
  );
  useEffect(() => {
    const size = next && imageSize(next);
    if (next && size) preloadImage(displayUrlAhead(next, size));
  }, [next]);

  if (place) return { kind: 'ready', ...place };
  const failed = position.isError || after.isError || before.isError;
  // Read, and still not placed: the file is not part of what this pass has read.
  return failed || snapshot ? { kind: 'unavailable' } : { kind: 'loading' };
}
