import type { CSSProperties } from 'react';

interface LoaderRowProps {
  style: CSSProperties;
  isLoadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore(): void;
}

/** The grid's last row while more pages exist: loading, or what failed and a way to retry. */
export function LoaderRow({ style, isLoadingMore, loadMoreFailed, onLoadMore }: LoaderRowProps) {
  return (
    <div role="row" className="file-grid__row file-grid__row--loader" style={style}>
      <div role="gridcell" className="file-grid__loader">
        {loadMoreFailed && !isLoadingMore ? (
          <p role="alert">
            Could not load more images.{' '}
            <button type="button" className="button" onClick={onLoadMore}>
              Try again
            </button>
          </p>
        ) : (
          <p>Loading more images…</p>
        )}
      </div>
    </div>
  );
}
