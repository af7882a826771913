import { versionTag } from '../../common/api/error-envelope.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import { parseCoordinates, regionProblems } from '../../common/coordinates.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { fileETag } from '../../common/file-version.ts';
import { AppError, validationFailed } from '../errors.ts';

/**
 * Whether If-Match names this version: its strong ETag, or the older form `"<updatedAt>"`
 * (which cannot tell apart two saves within one of ImageKit's whole seconds). `*` is any version.
 * A weak tag never matches: If-Match compares strongly (RFC 9110).
 */
export function matchesVersion(ifMatch: string, file: FileDetails): boolean {
  return ifMatch === '*' || ifMatch === fileETag(file) || ifMatch === versionTag(file.updatedAt);
}

/** 412 with the file as it is now, so the editor can show what changed without reading again. */
export function staleVersion(current: FileDetails): AppError {
  return new AppError(
    412,
    'edit_conflict',
    'This image was changed by someone else after you opened it. Load their version, then save again.',
    { body: { current } },
  );
}

/** A region must lie inside the original's pixels, as ImageKit reports them. */
export function checkRegion(changes: UpdateDetails, file: FileDetails): void {
  if (typeof changes.customCoordinates !== 'string') return;
  const region = parseCoordinates(changes.customCoordinates)!;
  if (file.width === undefined || file.height === undefined) {
    throw validationFailed('This file has no pixel size, so it cannot have a region.', []);
  }
  const problems = regionProblems(region, { width: file.width, height: file.height });
  if (problems.length > 0) {
    throw validationFailed(`Invalid customCoordinates: ${problems[0]}`, problems);
  }
}
