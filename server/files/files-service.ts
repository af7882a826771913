import type { FileList, ListFilesParams } from '../../common/api/list-files.ts';
import type { SuggestedRegion } from '../../common/api/suggested-region.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import { formatCoordinates, parseCoordinates, regionProblems } from '../../common/coordinates.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { AppError, validationFailed } from '../errors.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { createDeliveryUrls } from './delivery-urls.ts';
import { ANALYSIS_MAX_SIDE_PX, suggestRegion } from './suggest-region.ts';
import type { TagVocabulary } from './tag-vocabulary.ts';

const IMAGEKIT_MAX_LIMIT = 1000;

export function createFilesService(imagekit: ImageKitGateway, vocabulary: TagVocabulary) {
  const delivery = createDeliveryUrls(imagekit, (fileId) => imagekit.getFile(fileId));

  async function get(fileId: string): Promise<FileDetails> {
    const file = await imagekit.getFile(fileId);
    delivery.remember(file);
    return file;
  }

  return {
    /** One page, plus whether another follows (asked for one extra file where ImageKit allows). */
    async list(query: ListFilesParams): Promise<FileList> {
      const { limit, skip, ...filters } = query;
      const probe = Math.min(limit + 1, IMAGEKIT_MAX_LIMIT);
      const files = await imagekit.listFiles({ ...filters, limit: probe, skip });
      const hasMore = files.length > limit || (probe === limit && files.length === limit);
      const page = files.slice(0, limit);
      page.forEach(delivery.remember);
      return { files: page, skip, limit, hasMore };
    },

    get,

    imageUrl: delivery.imageUrl,

    /**
     * The product's bounding box, found in a reduced copy of the image that ImageKit delivers,
     * in the original's pixels: a proposal for the editor, nothing is saved.
     */
    async suggestRegion(fileId: string): Promise<SuggestedRegion> {
      const file = await get(fileId);
      const { width, height } = file;
      if (file.fileType !== 'image' || !width || !height) {
        throw new AppError(
          400,
          'bad_request',
          'This file is not an image with a known pixel size, so no region can be suggested.',
        );
      }
      const image = await imagekit.reducedImage(file, ANALYSIS_MAX_SIDE_PX);
      const found = await suggestRegion(image, { width, height }).catch((error: unknown) => {
        throw new AppError(
          502,
          'upstream_error',
          'The image ImageKit delivered could not be read.',
          {
            cause: error,
          },
        );
      });
      return { customCoordinates: formatCoordinates(found.region), method: found.method };
    },

    /**
     * Checks the change against the file as it is now (a region must fit the original's pixels;
     * the file must still be the version the editor started from, when it says which), then
     * forwards exactly the changed fields. ImageKit has no precondition of its own, so the check
     * narrows the window for lost updates to the time between our read and our write.
     */
    async update(
      fileId: string,
      changes: UpdateDetails,
      expectedUpdatedAt?: string,
    ): Promise<FileDetails> {
      const before = await imagekit.getFile(fileId);
      if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt) {
        throw new AppError(
          412,
          'edit_conflict',
          'This image was changed by someone else after you opened it. Load their version, then save again.',
        );
      }
      if (typeof changes.customCoordinates === 'string') {
        const region = parseCoordinates(changes.customCoordinates)!;
        if (before.width === undefined || before.height === undefined) {
          throw validationFailed('This file has no pixel size, so it cannot have a region.', []);
        }
        const problems = regionProblems(region, { width: before.width, height: before.height });
        if (problems.length > 0) {
          throw validationFailed(`Invalid customCoordinates: ${problems[0]}`, problems);
        }
      }
      const after = await imagekit.updateDetails(fileId, changes);
      delivery.remember(after);
      if (changes.tags !== undefined) await vocabulary.recordChange(before.tags, after.tags);
      return after;
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
