import { Link } from 'react-router';
import type { TagCount } from '../../../api/tags/get-tag-vocabulary.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { DEFAULT_VIEW } from '../../../lib/library-view.ts';
import { paths } from '../../../lib/paths.ts';
import type { TagAction } from '../tag-rewrite.ts';

/** Every row is this tall (px), so the list needs no measuring. */
export const TAG_ROW_HEIGHT = 60;

interface TagRowProps {
  tag: TagCount;
  top: number;
  /** Where the row is in the whole list, for screen readers (most rows are not in the page). */
  position: number;
  setSize: number;
  onAction?: (action: TagAction, tag: string, count: number) => void;
}

/** One tag: its name (opening the library filtered by it), how many images carry it, actions. */
export function TagRow({ tag, top, position, setSize, onAction }: TagRowProps) {
  const { name, count } = tag;
  const images = `${formatCount(count)} ${count === 1 ? 'image' : 'images'}`;
  return (
    <li
      className="tag-row"
      style={{ transform: `translateY(${top}px)`, height: TAG_ROW_HEIGHT }}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <Link className="tag-row__name" to={paths.view({ ...DEFAULT_VIEW, tags: [name] })}>
        {name}
      </Link>
      <span className="tag-row__count">
        {images}
        {count === 1 && <span className="tag-row__rare"> · used once</span>}
      </span>
      {onAction && (
        <span className="tag-row__actions">
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Rename ${name}`}
            onClick={() => onAction('rename', name, count)}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Merge ${name} into another tag`}
            onClick={() => onAction('merge', name, count)}
          >
            Merge
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Delete ${name}`}
            onClick={() => onAction('delete', name, count)}
          >
            Delete
          </button>
        </span>
      )}
    </li>
  );
}
