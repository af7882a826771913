import type { ChangeEvent } from 'react';
import { Link } from 'react-router';
import type { FileDetails } from '../../../../common/file-details.ts';
import { PrivateBadge } from '../../../components/private-badge.tsx';
import { thumbnailUrl } from '../../../lib/image-url.ts';
import { paths } from '../../../lib/paths.ts';

const MAX_CHIPS = 4;

export interface CardSelection {
  isSelected: boolean;
  onToggle(withShift: boolean): void;
}

// React fires a checkbox's onChange from the native click, which knows whether Shift was held
// (also for Shift+Space from the keyboard).
const shiftHeld = (event: ChangeEvent) =>
  'shiftKey' in event.nativeEvent && event.nativeEvent.shiftKey === true;

/** One image of the grid: a link to its editor, and in selection mode a checkbox beside it. */
export function FileCard({ file, selection }: { file: FileDetails; selection?: CardSelection }) {
  const tags = file.tags ?? [];
  const hidden = tags.length - MAX_CHIPS;
  const selected = selection?.isSelected ?? false;

  return (
    <div className={selected ? 'file-card-wrap file-card-wrap--selected' : 'file-card-wrap'}>
      {selection && (
        <label className="file-card__select">
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => selection.onToggle(shiftHeld(event))}
          />
          <span className="visually-hidden">Select {file.name}</span>
        </label>
      )}
      <Link className="file-card" to={paths.file(file.fileId)}>
        <span className="file-card__frame">
          <img src={thumbnailUrl(file)} alt={file.name} loading="lazy" decoding="async" />
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
        {tags.length > 0 && (
          <span className="chips">
            {tags.slice(0, MAX_CHIPS).map((tag) => (
              <span key={tag} className="chip">
                {tag}
              </span>
            ))}
            {hidden > 0 && <span className="chip chip--more">+{hidden}</span>}
          </span>
        )}
      </Link>
    </div>
  );
}
