import type { Region, Size } from '../../../../common/coordinates.ts';
import { originalToPercent } from '../../../../common/region-math.ts';

/** The suggested region drawn over the image (dashed), in percent like the region itself. */
export function ProposalOutline({ region, image }: { region: Region; image: Size }) {
  const box = originalToPercent(region, image);
  return (
    <div
      className="region-proposal"
      aria-hidden="true"
      style={{
        left: `${box.x}%`,
        top: `${box.y}%`,
        width: `${box.width}%`,
        height: `${box.height}%`,
      }}
    />
  );
}
