import fs from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../errors.ts';

export type UploadFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'tiff';

export interface InspectedImage {
  format: UploadFormat;
  mime: `image/${UploadFormat}`;
  /** As displayed (EXIF orientation applied): the pixels a region is given in. */
  width: number;
  height: number;
}

const HEAD_BYTES = 16;

/** Each accepted family by the bytes it starts with; sharp's reading of the header then decides. */
const SIGNATURES: ReadonlyArray<{ family: UploadFormat; parts: Array<[at: number, hex: string]> }> =
  [
    { family: 'jpeg', parts: [[0, 'ffd8ff']] },
    { family: 'png', parts: [[0, '89504e470d0a1a0a']] },
    { family: 'gif', parts: [[0, '474946383761']] },
    { family: 'gif', parts: [[0, '474946383961']] },
    {
      family: 'webp',
      parts: [
        [0, '52494646'],
        [8, '57454250'],
      ],
    },
    { family: 'avif', parts: [[4, '66747970']] },
    { family: 'tiff', parts: [[0, '49492a00']] },
    { family: 'tiff', parts: [[0, '4d4d002a']] },
  ];

function signatureFamily(head: Buffer): UploadFormat | null {
  const match = SIGNATURES.find(({ parts }) =>
    parts.every(([at, hex]) => head.subarray(at, at + hex.length / 2).toString('hex') === hex),
  );
  return match?.family ?? null;
}

/** sharp's name for the format, with AVIF told apart from other HEIF by its codec. */
function formatOf(metadata: Metadata): string {
  return metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : metadata.format;
}

const notAccepted = () =>
  new AppError(
    415,
    'unsupported_media_type',
    'is not an image we accept: JPEG, PNG, WebP, GIF, AVIF or TIFF, as its bytes show (whatever its name or type says).',
  );

/**
 * What a spooled upload is, from its bytes alone: the signature first (so text, SVG or PDF never
 * reach an image decoder), then the header through sharp, which must agree, for the size. No
 * pixels are decoded, so a header announcing billions of pixels is refused for what it claims.
 * Messages start lower-case: the caller puts the file's name in front.
 */
export async function inspectImage(filePath: string, maxPixels: number): Promise<InspectedImage> {
  const file = await fs.open(filePath, 'r');
  let head: Buffer;
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
  const family = signatureFamily(head);
  if (!family) throw notAccepted();
  let metadata: Metadata;
  try {
    // Header only; the pixel limit is applied below, with a message that says the size.
    metadata = await sharp(filePath, { limitInputPixels: false }).metadata();
  } catch {
    throw notAccepted();
  }
  if (formatOf(metadata) !== family || !metadata.width || !metadata.height) throw notAccepted();
  const frames = metadata.pages ?? 1;
  const pixels = metadata.width * (metadata.pageHeight ?? metadata.height) * frames;
  if (pixels > maxPixels) {
    const size = `${metadata.width.toLocaleString('en-US')} × ${metadata.height.toLocaleString('en-US')} pixels`;
    throw new AppError(
      413,
      'payload_too_large',
      `is ${size}${frames > 1 ? ` in ${frames} frames` : ''}; images of at most ${maxPixels / 1_000_000} megapixels are accepted.`,
    );
  }
  const { width, height } = metadata.autoOrient;
  return { format: family, mime: `image/${family}`, width, height };
}
