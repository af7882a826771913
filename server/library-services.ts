import type { Db } from './db/database.ts';
import { createBulkTagsService } from './files/bulk-tags-service.ts';
import { createFilesService } from './files/files-service.ts';
import { createTagVocabulary } from './files/tag-vocabulary.ts';
import { createImageKitGateway, type ImageKitSettings } from './imagekit/imagekit-gateway.ts';

/**
 * The services that work on the media library (ImageKit, or the local library over HTTP), wired
 * the one way the server, the tests and the benchmarks all use.
 */
export function createLibraryServices(db: Db, imagekit: ImageKitSettings) {
  const gateway = createImageKitGateway(imagekit);
  const vocabulary = createTagVocabulary(db, (skip, limit) => gateway.listFiles({ skip, limit }));
  return {
    vocabulary,
    files: createFilesService(gateway, vocabulary),
    bulk: createBulkTagsService(gateway, vocabulary),
  };
}
