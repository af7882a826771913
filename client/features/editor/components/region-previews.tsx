import type { Region, Size } from '../../../../common/coordinates.ts';
import { savedFocusUrl, type ImageFile } from '../../../lib/image-url.ts';

/** Shown this tall; the images are asked for at twice the size, for sharp high-density screens. */
const PREVIEW_HEIGHT_PX = 120;

/** The shapes pages most often ask for, each as ImageKit delivers it around the saved region. */
const RATIOS = [
  { label: '1:1', ratio: 1 },
  { label: '4:5', ratio: 4 / 5 },
  { label: '16:9', ratio: 16 / 9 },
];

interface RegionPreviewsProps {
  /** The saved file; its URL's `updatedAt` changes with each save, so no stale crop. */
  saved: ImageFile;
  hasSavedRegion: boolean;
  /** The draft's region differs from the saved one. */
  isChanged: boolean;
  /** The image already loaded by the editor, reused for the live preview at no extra cost. */
  displaySrc: string;
  region: Region | null;
  image: Size;
}

/**
 * What ImageKit makes of the saved region (`fo-custom`) at three common shapes, next to the
 * unsaved region drawn in CSS from the image already on screen.
 */
export function RegionPreviews(props: RegionPreviewsProps) {
  const { saved, hasSavedRegion, isChanged, displaySrc, region, image } = props;
  if (!hasSavedRegion && !region) return null;
  return (
    <section className="editor__section region-previews" aria-label="Previews">
      {region && (isChanged || !hasSavedRegion) && (
        <LivePreview src={displaySrc} region={region} image={image} />
      )}
      {hasSavedRegion && (
        <div className="region-previews__saved">
          <p className="region-previews__title">
            {isChanged ? 'As pages get it now (saved region)' : 'As pages get it'}
          </p>
          <div className="region-previews__row">
            {RATIOS.map(({ label, ratio }) => {
              const height = PREVIEW_HEIGHT_PX;
              const width = Math.round(height * ratio);
              return (
                <figure key={label}>
                  <img
                    src={savedFocusUrl(saved, width * 2, height * 2)}
                    alt={`Saved region at ${label}, as ImageKit crops it`}
                    width={width}
                    height={height}
                    loading="lazy"
                  />
                  <figcaption>{label}</figcaption>
                </figure>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

function LivePreview({ src, region, image }: { src: string; region: Region; image: Size }) {
  // Scale so the region's longer side fills the preview box.
  const scale = PREVIEW_HEIGHT_PX / Math.max(region.width, region.height);
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
      <figcaption>Your region (not saved yet)</figcaption>
    </figure>
  );
}
