import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { ImageFormat } from '../files/file-record.ts';
import type { StepPlan } from './render-plan.ts';

type RawImage = { data: Buffer; info: OutputInfo };

/**
 * Renders planned steps from an original. The image is oriented first (EXIF), so plans work in
 * displayed pixels; steps pass raw 8-bit pixels between them, so nothing is re-encoded twice.
 * The output keeps the original's format, and with it any alpha channel.
 */
export async function renderPlans(
  originalPath: string,
  plans: readonly StepPlan[],
  format: ImageFormat,
): Promise<Buffer> {
  let image = await toRaw(sharp(originalPath, { autoOrient: true }));
  for (const plan of plans) {
    let pipeline = fromRaw(image);
    if (plan.extract) pipeline = pipeline.extract(plan.extract);
    if (plan.resize) {
      pipeline = pipeline.resize(plan.resize.width, plan.resize.height, { fit: 'fill' });
    }
    image = await toRaw(pipeline);
  }
  return fromRaw(image).toFormat(format).toBuffer();
}

function toRaw(pipeline: Sharp): Promise<RawImage> {
  return pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
}

function fromRaw({ data, info }: RawImage): Sharp {
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}
