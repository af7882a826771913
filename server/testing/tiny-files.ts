import { toFile, type ImageKit } from '@imagekit/nodejs';
import sharp from 'sharp';

/** Uploads at once: the library's uploads are not rate-limited, and it writes one at a time. */
const UPLOADS_AT_ONCE = 8;

/**
 * `count` 8×8 JPEGs uploaded straight to a library, concurrently, named `<prefix>-<i>.jpg`:
 * a thousand files take a few seconds. Answers their ids in order.
 */
export async function uploadTinyFiles(
  library: ImageKit,
  prefix: string,
  count: number,
  tags: (i: number) => string[] = () => [],
): Promise<string[]> {
  const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  const ids: string[] = new Array(count);
  let next = 0;
  async function worker() {
    while (next < count) {
      const i = next++;
      const uploaded = await library.files.upload({
        file: await toFile(image, `${prefix}-${i}.jpg`),
        fileName: `${prefix}-${i}.jpg`,
        folder: `/${prefix}/`,
        useUniqueFileName: false,
        ...(tags(i).length > 0 ? { tags: tags(i) } : {}),
      });
      ids[i] = uploaded.fileId!;
    }
  }
  await Promise.all(Array.from({ length: UPLOADS_AT_ONCE }, worker));
  return ids;
}
