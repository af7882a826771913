import ImageKit, { toFile } from '@imagekit/nodejs';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Region, Size } from '../common/coordinates.ts';

/** A product shot: a plain light background with one coloured product on it. */
export interface ProductImage {
  name: string;
  size: Size;
  product: Region;
  colour: string;
}

async function render({ size, product, colour }: ProductImage): Promise<Buffer> {
  const shape = await sharp({
    create: { width: product.width, height: product.height, channels: 3, background: colour },
  })
    .png()
    .toBuffer();
  return sharp({ create: { ...size, channels: 3, background: '#f6f6f4' } })
    .composite([{ input: shape, left: product.x, top: product.y }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * Uploads product shots straight into `folder` of the e2e server's local library through the
 * ImageKit SDK, untagged, as a team's upload tool would: specs share one library, so each puts
 * its files in a folder of its own and filters by it.
 */
export async function uploadProducts(
  baseURL: string,
  folder: string,
  images: readonly ProductImage[],
): Promise<void> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR is set by playwright.config.ts');
  const privateKey = fs.readFileSync(path.join(dataDir, 'local-library', 'library-key'), 'utf8');
  const client = new ImageKit({ privateKey: privateKey.trim(), baseURL: `${baseURL}/local` });
  for (const image of images) {
    await client.files.upload({
      file: await toFile(await render(image), image.name),
      fileName: image.name,
      folder,
      useUniqueFileName: false,
    });
  }
}

const COLOURS = ['#c0392b', '#2c6fbb', '#1e8449', '#8e44ad', '#d35400'];
const SIZES: Size[] = [
  { width: 800, height: 600 },
  { width: 600, height: 800 },
  { width: 900, height: 900 },
  { width: 1000, height: 750 },
];

/** `count` product shots named `<prefix>-01.jpg`…, of a few sizes, the product placed apart. */
export function productShots(prefix: string, count: number): ProductImage[] {
  return Array.from({ length: count }, (_, i) => {
    const size = SIZES[i % SIZES.length]!;
    const width = Math.round(size.width * 0.4);
    const height = Math.round(size.height * 0.5);
    return {
      name: `${prefix}-${String(i + 1).padStart(2, '0')}.jpg`,
      size,
      product: {
        x: Math.round(size.width * (0.1 + 0.04 * (i % 5))),
        y: Math.round(size.height * 0.2),
        width,
        height,
      },
      colour: COLOURS[i % COLOURS.length]!,
    };
  });
}
