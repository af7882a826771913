import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from 'react-router';
import type { FileDetails } from '../../../../common/file-details.ts';
import { PrivateBadge } from '../../../components/private-badge.tsx';
import { thumbnailSize, thumbnailUrl } from '../../../lib/image-url.ts';
import { TagChips } from './tag-chips.tsx';

export interface CardHandlers {
  /** A click (or Space) on the card while selecting; Shift extends from the last one. */
  onToggle(fileId: string, withShift: boolean): void;
  /** Space on a card: select it (starting selection mode if need be). */
  onSpace(fileId: string): void;
  onFocusCard(index: number): void;
  onTagClick(tag: string): void;
}

interface FileCardProps {
  file: FileDetails;
  index: number;
  column: number;
  /** The editor, carrying the view the card is shown in. */
  href: string;
  frameSize: number;
  /** The one card in the grid's tab order (roving focus). */
  isActive: boolean;
  isSelecting: boolean;
  isSelected: boolean;
  handlers: CardHandlers;
}

const opensElsewhere = (event: MouseEvent) =>
  event.ctrlKey || event.metaKey || event.altKey || event.button !== 0;

/**
 * One cell of the grid: the image (a link to its editor), its name, tag chips that filter the
 * library, and while selecting a checkbox. Memoized: selecting one card re-renders only it.
 */
export const FileCard = memo(function FileCard(props: FileCardProps) {
  const { file, index, column, href, frameSize, isActive, isSelecting, isSelected, handlers } =
    props;
  const tabIndex = isActive ? 0 : -1;
  const pixelRatio = typeof window === 'undefined' ? 1 : window.devicePixelRatio;

  function click(event: MouseEvent) {
    // While selecting, a click selects rather than leaves; Enter (a click with no detail) still
    // opens, and Ctrl/Cmd-click still opens a new tab.
    if (!isSelecting || event.detail === 0 || opensElsewhere(event)) return;
    event.preventDefault();
    handlers.onToggle(file.fileId, event.shiftKey);
  }

  function keyDown(event: KeyboardEvent) {
    if (event.key !== ' ') return;
    event.preventDefault();
    if (isSelecting) handlers.onToggle(file.fileId, event.shiftKey);
    else handlers.onSpace(file.fileId);
  }

  return (
    <div
      role="gridcell"
      aria-colindex={column + 1}
      aria-selected={isSelecting ? isSelected : undefined}
      className={isSelected ? 'file-card file-card--selected' : 'file-card'}
      data-index={index}
      onFocus={() => handlers.onFocusCard(index)}
    >
      {isSelecting && (
        <label className="file-card__select">
          <input
            type="checkbox"
            tabIndex={-1}
            checked={isSelected}
            onChange={(event) =>
              handlers.onToggle(file.fileId, (event.nativeEvent as PointerEvent).shiftKey === true)
            }
          />
          <span className="visually-hidden">Select {file.name}</span>
        </label>
      )}
      <Link
        className="file-card__link"
        to={href}
        tabIndex={tabIndex}
        onClick={click}
        onKeyDown={keyDown}
      >
        <span className="file-card__frame" style={{ height: frameSize }}>
          {file.fileType === 'image' ? (
            <img
              src={thumbnailUrl(file, thumbnailSize(frameSize, pixelRatio))}
              alt={file.name}
              loading="lazy"
              decoding="async"
            />
          ) : (
            <span className="file-card__type" role="img" aria-label={file.name}>
              {file.name.split('.').pop()?.toUpperCase() ?? 'FILE'}
            </span>
          )}
          {file.customCoordinates && (
            <span className="file-card__badge" title={`Region ${file.customCoordinates}`}>
              Region
            </span>
          )}
          {file.isPrivateFile && <PrivateBadge className="file-card__private" />}
        </span>
        {/* The image's alt text already names the link; saying it twice is noise for screen readers. */}
        <span className="file-card__name" aria-hidden="true">
          {file.name}
        </span>
      </Link>
      <TagChips tags={file.tags ?? []} tabIndex={tabIndex} onTagClick={handlers.onTagClick} />
    </div>
  );
});
