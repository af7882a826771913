import { Link } from 'react-router';
import type { TagCount } from '../../../api/tags/get-tag-vocabulary.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { DEFAULT_VIEW } from '../../../lib/library-view.ts';
import { paths } from '../../../lib/paths.ts';
import type { TagAction } from '../tag-rewrite.ts';

/** Every row is this tall (px), so the list needs no measuring. */
export const TAG_ROW_HEIGHT = 60;

const ACTIONS: Array<{ action: TagAction; text: string; label(tag: string): string }> = [
  { action: 'rename', text: 'Rename', label: (tag) => `Rename ${tag}` },
  { action: 'merge', text: 'Merge', label: (tag) => `Merge ${tag} into another tag` },
  { action: 'delete', text: 'Delete', label: (tag) => `Delete ${tag}` },
];

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
          {ACTIONS.map(({ action, text, label }) => (
            <button
              key={action}
              type="button"
              className="button button--quiet"
              aria-label={label(name)}
              onClick={() => onAction(action, name, count)}
            >
              {text}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}
