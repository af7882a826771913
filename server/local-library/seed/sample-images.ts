import sharp from 'sharp';

/** One generated sample product image, ready to be added to the local library on first start. */
export interface SampleImage {
  /** File name with extension, e.g. "red-sneaker.jpg". */
  fileName: string;
  /** Folder in the library, e.g. "/products/shoes/". */
  folder: string;
  /** Encoded image bytes (JPEG or PNG), exactly as they would be uploaded. */
  data: Buffer;
  /** User tags to start with, or null for none. */
  tags: string[] | null;
}

/** Placeholder until the real product drawings land: plain coloured rectangles. */
export async function renderSampleImages(): Promise<SampleImage[]> {
  const colors = ['#c0392b', '#2980b9', '#27ae60', '#8e44ad'];
  return Promise.all(
    colors.map(async (color, i) => ({
      fileName: `sample-${i + 1}.jpg`,
      folder: '/products/',
      data: await sharp({ create: { width: 800, height: 600, channels: 3, background: color } })
        .jpeg()
        .toBuffer(),
      tags: i % 2 === 0 ? ['sample'] : null,
    })),
  );
}
