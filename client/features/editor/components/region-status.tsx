import type { Region, Size } from '../../../../common/coordinates.ts';
import { describeRegion } from '../region-numbers.ts';

interface RegionStatusProps {
  region: Region | null;
  image: Size;
  /** A suggested region waiting to be taken; the user is told how. */
  hasProposal?: boolean;
}

/** The original's size, and the region read out whenever it changes (drag, keys or numbers). */
export function RegionStatus({ region, image, hasProposal = false }: RegionStatusProps) {
  return (
    <div className="region-status">
      <span>
        Original size: {image.width} × {image.height} px
      </span>
      {hasProposal && (
        <span className="region-status__proposal">
          Suggested region shown dashed: Enter on the image takes it, Escape lets it go.
        </span>
      )}
      <span className="region-status__now" role="status" aria-live="polite">
        {describeRegion(region)}
      </span>
    </div>
  );
}
