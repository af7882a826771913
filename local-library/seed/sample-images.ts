import sharp from 'sharp';
import type { SampleSpec } from './catalog.ts';
import { SAMPLE_SPECS } from './catalog.ts';
import { sceneSvg } from './compose.ts';
import { storeWithOrientation } from './exif-orientation.ts';

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

async function renderSample(spec: SampleSpec): Promise<SampleImage> {
  const svg = sceneSvg({
    width: spec.width,
    height: spec.height,
    background: spec.background,
    drawing: spec.product(spec.style, 'product'),
    placement: spec.placement,
  });
  const upright = sharp(Buffer.from(svg));
  const oriented = spec.orientation ? storeWithOrientation(upright, spec.orientation) : upright;
  // Keep an alpha channel only where the background is see-through; opaque PNGs don't need one.
  const pixels = spec.background.kind === 'transparent' ? oriented : oriented.removeAlpha();
  const encoded = spec.fileName.endsWith('.png')
    ? pixels.png()
    : pixels.flatten({ background: '#ffffff' }).jpeg({ quality: 86 });
  return {
    fileName: spec.fileName,
    folder: spec.folder,
    data: await encoded.toBuffer(),
    tags: spec.tags ? [...spec.tags] : null,
  };
}

/** Draws every sample product (deterministic: same bytes on every run with the same sharp). */
export async function renderSampleImages(): Promise<SampleImage[]> {
  return Promise.all(SAMPLE_SPECS.map(renderSample));
}
