import type { Logger } from 'pino';
import type { FileRepository } from '../db/file-repository.ts';
import type { MetaRepository } from '../db/meta-repository.ts';
import type { FileService } from '../files/file-service.ts';
import { parseUploadFields } from '../files/upload-request.ts';
import { renderSampleImages } from './sample-images.ts';

const SEEDED_KEY = 'samples_seeded_at';

/**
 * Adds the sample product images to a library that is empty and was never seeded, through the
 * same path as uploads. Once done (or once the library is found in use) it never runs again.
 */
export async function seedSamples(deps: {
  files: FileRepository;
  meta: MetaRepository;
  service: FileService;
  logger: Logger;
}): Promise<number> {
  if (deps.meta.get(SEEDED_KEY) !== null) return 0;
  if (deps.files.count() > 0) {
    deps.meta.set(SEEDED_KEY, new Date().toISOString());
    return 0;
  }
  const samples = await renderSampleImages();
  for (const sample of samples) {
    const request = parseUploadFields({
      fileName: sample.fileName,
      folder: sample.folder,
      useUniqueFileName: 'false',
      ...(sample.tags && sample.tags.length > 0 ? { tags: sample.tags.join(',') } : {}),
    });
    await deps.service.addImage(sample.data, request);
  }
  deps.meta.set(SEEDED_KEY, new Date().toISOString());
  deps.logger.info({ count: samples.length }, 'local library seeded with sample images');
  return samples.length;
}
