import sharp, { type Metadata } from 'sharp';
import { IMAGE_FORMATS, type ImageFormat } from './file-record.ts';
import { sniffImageFormat } from './image-sniff.ts';
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

/** 100 megapixels: more than any camera takes, far less than a decompression bomb claims. */
export const DEFAULT_MAX_INPUT_PIXELS = 100_000_000;

/** Pixels every frame of the image holds together, as its header announces them. */
const announcedPixels = (metadata: Metadata) =>
  metadata.width * (metadata.pageHeight ?? metadata.height) * (metadata.pages ?? 1);

/**
 * Reads what the library records about an upload; rejects anything it could not render later.
 * The bytes decide, not the name: a format is recognised from its signature, then its header is
 * read for the size (a small file can claim billions of pixels), and only then is it decoded.
 */
export async function probeImage(
  data: Buffer,
  maxInputPixels = DEFAULT_MAX_INPUT_PIXELS,
): Promise<ImageFacts> {
  const sniffed = sniffImageFormat(data);
  if (!sniffed) throw badRequest(UNSUPPORTED);
  let metadata: Metadata;
  try {
    // Only the header is read here; the limit applies below, with a message that gives the size.
    metadata = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw badRequest(UNSUPPORTED);
  }
  const format = formatOf(metadata);
  if (format !== sniffed) throw badRequest(UNSUPPORTED);
  const pixels = announcedPixels(metadata);
  if (pixels > maxInputPixels) throw badRequest(tooManyPixels(metadata, maxInputPixels));
  try {
    // Headers can be fine while the pixels are not; decoding once now keeps delivery from failing.
    await sharp(data, { limitInputPixels: maxInputPixels })
      .resize(16, 16, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch {
    throw badRequest(UNSUPPORTED);
  }
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

function tooManyPixels(metadata: Metadata, max: number): string {
  const frames = (metadata.pages ?? 1) > 1 ? ` in ${metadata.pages} frames` : '';
  return (
    `Your request contains invalid file parameter. The image is ${metadata.width}x${metadata.height} pixels${frames}; ` +
    `the library accepts images of at most ${Math.floor(max / 1_000_000)} megapixels.`
  );
}

function formatOf(metadata: Metadata): ImageFormat | null {
  if (metadata.format === 'heif') return metadata.compression === 'av1' ? 'avif' : null;
  return (IMAGE_FORMATS as readonly string[]).includes(metadata.format)
    ? (metadata.format as ImageFormat)
    : null;
}
