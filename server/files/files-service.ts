import type { FileListQuery } from '../../common/api/file-query.ts';
import type { PassThroughQuery } from '../../common/api/list-files.ts';
import type { SuggestedRegion } from '../../common/api/suggested-region.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import { formatCoordinates } from '../../common/coordinates.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import { AppError } from '../errors.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import type { Journal } from '../journal/journal-store.ts';
import { createDeliveryUrls } from './delivery-urls.ts';
import type { FileLocks } from './file-locks.ts';
import { createFileWriter, type Written } from './file-writer.ts';
import { checkRegion, matchesVersion, staleVersion } from './save-checks.ts';
import { listPassThrough } from './pass-through-list.ts';
import { ANALYSIS_MAX_SIDE_PX, suggestRegion } from './suggest-region.ts';

/**
 * Files: lists from the catalog (or, for `searchQuery`, from ImageKit), single files always from
 * ImageKit. Whatever ImageKit tells us about a file is written through to the catalog, and a
 * file ImageKit says is gone leaves it.
 */
export function createFilesService(
  imagekit: ImageKitGateway,
  catalog: Catalog,
  deps: { journal: Journal; locks: FileLocks },
) {
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

  const write = createFileWriter({ imagekit, catalog, get, ...deps });
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
     * Saves a change: under the file's lock, checks it against the file as it is now (the
     * version the editor started from, when If-Match names one; a region must fit the
     * original's pixels), forwards exactly the changed fields and journals it.
     */
    update(
      fileId: string,
      changes: UpdateDetails,
      options: { user: string; ifMatch?: string },
    ): Promise<Written> {
      return write(fileId, {
        user: options.user,
        action: 'save',
        decide(current) {
          if (options.ifMatch !== undefined && !matchesVersion(options.ifMatch, current)) {
            throw staleVersion(current);
          }
          checkRegion(changes, current);
          return changes;
        },
      });
    },

    /** The one journaled way to change a file (reverts use it too). */
    write,
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
