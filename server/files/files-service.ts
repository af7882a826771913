import type { FileListQuery } from '../../common/api/file-query.ts';
import type { PassThroughQuery } from '../../common/api/list-files.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import { parseCoordinates, regionProblems } from '../../common/coordinates.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import { AppError, validationFailed } from '../errors.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { createDeliveryUrls } from './delivery-urls.ts';
import { listPassThrough } from './pass-through-list.ts';

/**
 * Files: lists from the catalog (or, for `searchQuery`, from ImageKit), single files always from
 * ImageKit. Whatever ImageKit tells us about a file is written through to the catalog, and a
 * file ImageKit says is gone leaves it.
 */
export function createFilesService(imagekit: ImageKitGateway, catalog: Catalog) {
  async function get(fileId: string): Promise<FileDetails> {
    try {
      const file = await imagekit.getFile(fileId);
      await catalog.store.upsert([file], { fresh: true });
      return file;
    } catch (error) {
      if (error instanceof AppError && error.status === 404) await catalog.store.remove([fileId]);
      throw error;
    }
  }

  const delivery = createDeliveryUrls(
    imagekit,
    async (fileId) => (await catalog.queries.findFile(fileId)) ?? get(fileId),
  );

  return {
    /** A page of the catalog: filters, sort, keyset cursor, total. */
    list: (query: FileListQuery) => catalog.queries.listPage(query),

    /** A page straight from ImageKit, for its own search language. */
    async listPassThrough(query: PassThroughQuery) {
      const page = await listPassThrough(imagekit, query);
      await catalog.store.upsert(page.files);
      return page;
    },

    get,

    imageUrl: delivery.imageUrl,

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
      const before = await get(fileId);
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
      await catalog.store.upsert([after], { fresh: true });
      return after;
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
