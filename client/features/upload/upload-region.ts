import { parseCoordinates, regionProblems, type Size } from '../../../common/coordinates.ts';

/** Why the typed region cannot go with the image; empty when it can (or nothing is typed). */
export function uploadRegionProblems(text: string, image: Size | null): string[] {
  if (text.trim() === '') return [];
  const region = parseCoordinates(text.trim());
  if (!region) return ['Write the region as x,y,width,height in pixels, e.g. 10,20,300,400.'];
  if (region.width < 1 || region.height < 1) return ['Width and height must be at least 1.'];
  return image ? regionProblems(region, image) : [];
}
