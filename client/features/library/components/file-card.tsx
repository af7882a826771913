import { Link } from 'react-router';
import type { FileDetails } from '../../../../common/file-details.ts';
import { thumbnailUrl } from '../../../lib/image-url.ts';
import { paths } from '../../../lib/paths.ts';

const MAX_CHIPS = 4;

export function FileCard({ file }: { file: FileDetails }) {
  const tags = file.tags ?? [];
  const hidden = tags.length - MAX_CHIPS;

  return (
    <Link className="file-card" to={paths.file(file.fileId)}>
      <span className="file-card__frame">
        <img src={thumbnailUrl(file.url)} alt={file.name} loading="lazy" decoding="async" />
        {file.customCoordinates && (
          <span className="file-card__badge" title={`Region ${file.customCoordinates}`}>
            Region
          </span>
        )}
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
  );
}
