import type { Region, Size } from '../../../../common/coordinates.ts';
import { describeRegion } from '../region-numbers.ts';

/** The original's size, and the region read out whenever it changes (drag, keys or numbers). */
export function RegionStatus({ region, image }: { region: Region | null; image: Size }) {
  return (
    <div className="region-status">
      <span>
        Original size: {image.width} × {image.height} px
      </span>
      <span className="region-status__now" role="status" aria-live="polite">
        {describeRegion(region)}
      </span>
    </div>
  );
}
