import { parseCoordinates, type Region, type Size } from '../../../common/coordinates.ts';
import type { FileDetails } from '../../../common/file-details.ts';
import { scaleRegion } from '../../../common/region-math.ts';
import { imageSize } from './editor-draft.ts';

/** The image "Same as previous" copies from: what it has to give. */
export type PreviousImage = Pick<
  FileDetails,
  'fileId' | 'name' | 'tags' | 'customCoordinates' | 'width' | 'height'
>;

const fold = (tag: string) => tag.toLowerCase();

/**
 * The tags after taking the previous image's: the ones there stay (an AI tag just accepted, say),
 * the previous image's are added after them, none twice (ignoring case, as the server does).
 */
export function withPreviousTags(current: readonly string[], previous: PreviousImage): string[] {
  const have = new Set(current.map(fold));
  const added = (previous.tags ?? []).filter((tag) => {
    if (have.has(fold(tag))) return false;
    have.add(fold(tag));
    return true;
  });
  return [...current, ...added];
}

/** The previous image's region on this image (scaled to its size); null when it has none. */
export function previousRegionOn(previous: PreviousImage, image: Size): Region | null {
  const region = previous.customCoordinates ? parseCoordinates(previous.customCoordinates) : null;
  const from = imageSize(previous);
  return region && from ? scaleRegion(region, from, image) : null;
}
