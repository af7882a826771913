import type { Region, Size } from '../../../../common/coordinates.ts';
import { savedFocusUrl, type ImageFile } from '../../../lib/image-url.ts';

const PREVIEW_PX = 150;

interface RegionPreviewsProps {
  /** The saved file; its URL's `updatedAt` changes with each save, so no stale crop. */
  saved: ImageFile;
  hasSavedRegion: boolean;
  /** The image already loaded by the editor, reused for the live preview at no extra cost. */
  displaySrc: string;
  region: Region | null;
  image: Size;
}

/** What ImageKit makes of the saved region (`fo-custom`), next to the unsaved one in CSS. */
export function RegionPreviews({
  saved,
  hasSavedRegion,
  displaySrc,
  region,
  image,
}: RegionPreviewsProps) {
  if (!hasSavedRegion && !region) return null;
  return (
    <div className="region-previews">
      {region && <LivePreview src={displaySrc} region={region} image={image} />}
      {hasSavedRegion && (
        <figure>
          <img
            src={savedFocusUrl(saved, PREVIEW_PX * 2)}
            alt="Saved region as ImageKit crops it"
            width={PREVIEW_PX}
            height={PREVIEW_PX}
            loading="lazy"
          />
          <figcaption>Saved (fo-custom)</figcaption>
        </figure>
      )}
    </div>
  );
}

function LivePreview({ src, region, image }: { src: string; region: Region; image: Size }) {
  // Scale so the region's longer side fills the preview box.
  const scale = PREVIEW_PX / Math.max(region.width, region.height);
  return (
    <figure>
      <div
        className="region-previews__live"
        style={{ width: region.width * scale, height: region.height * scale }}
      >
        <img
          src={src}
          alt=""
          style={{
            width: image.width * scale,
            height: image.height * scale,
            left: -region.x * scale,
            top: -region.y * scale,
          }}
        />
      </div>
      <figcaption>Current region</figcaption>
    </figure>
  );
}
