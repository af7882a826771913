import sharp, { type Metadata } from 'sharp';
import { IMAGE_FORMATS, type ImageFormat } from './file-record.ts';
import { badRequest } from '../library-error.ts';

export interface ImageFacts {
  format: ImageFormat;
  mime: string;
  /** As displayed: after the EXIF orientation is applied. */
  width: number;
  height: number;
  hasAlpha: boolean;
  embeddedMetadata: Record<string, unknown>;
}

const MIME_TYPES: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  tiff: 'image/tiff',
};

const UNSUPPORTED =
  'Your request contains invalid file parameter. The local library accepts JPEG, PNG, WebP, GIF, AVIF and TIFF images only.';

/** Reads what the library records about an upload; rejects anything it could not render later. */
export async function probeImage(data: Buffer): Promise<ImageFacts> {
  let metadata: Metadata;
  try {
    metadata = await sharp(data).metadata();
    // Headers can be fine while the pixels are not; decoding once now keeps delivery from failing.
    await sharp(data).resize(16, 16, { fit: 'inside' }).raw().toBuffer();
  } catch {
    throw badRequest(UNSUPPORTED);
  }
  const format = formatOf(metadata);
  if (!format) throw badRequest(UNSUPPORTED);
  const embeddedMetadata: Record<string, unknown> = {
    ImageWidth: metadata.width,
    ImageHeight: metadata.height,
  };
  if (metadata.orientation !== undefined) embeddedMetadata.Orientation = metadata.orientation;
  if (metadata.density !== undefined) {
    embeddedMetadata.XResolution = metadata.density;
    embeddedMetadata.YResolution = metadata.density;
  }
  return {
    format,
    mime: MIME_TYPES[format],
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    hasAlpha: metadata.hasAlpha,
    embeddedMetadata,
  };
}

function formatOf(metadata: Metadata): ImageFormat | null {
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'avif' : null;
  return (IMAGE_FORMATS as readonly string[]).includes(metadata.format)
    ? (metadata.format as ImageFormat)
    : null;
}
