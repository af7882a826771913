import sharp, { type Sharp } from 'sharp';
import type { Region, Size } from '../files/region.ts';
import { attentionAspect, findAttention } from './attention.ts';
import type { OutputSettings } from './output-format.ts';
import { planStep } from './render-plan.ts';
import { toSharpGeometry, type SharpGeometry } from './sharp-geometry.ts';
import { applyEffects, fromRaw, hasEffects, toRaw } from './step-effects.ts';
import type { Colour, TransformStep } from './transform-step.ts';

const BLACK: Colour = { r: 0, g: 0, b: 0, alpha: 1 };
// At sharp's default effort (4) AVIF takes about half a second for a 400-px thumbnail; at 0 it
// takes a few milliseconds more than WebP, for a file still well below WebP's size.
const AVIF_EFFORT = 0;

export interface RenderSource {
  originalPath: string;
  /** The original's size as displayed (after its EXIF orientation). */
  size: Size;
  region: Region | null;
}

/**
 * Renders a chain from an original. The original is oriented first (EXIF), so plans work in
 * displayed pixels. The first step reads the file directly (large JPEGs then decode at reduced
 * size); later steps get the previous one's raw 8-bit pixels, so nothing is encoded twice.
 */
export async function renderVariant(
  source: RenderSource,
  steps: readonly TransformStep[],
  output: OutputSettings,
): Promise<Buffer> {
  let input = (): Sharp => sharp(source.originalPath, { autoOrient: true });
  let size = source.size;
  let region = source.region;
  let result = input();
  for (const [index, step] of steps.entries()) {
    const aspect = attentionAspect(step, size);
    const attention = aspect === null ? null : await findAttention(input, size, aspect);
    const plan = planStep(step, size, region, attention);
    result = applyGeometry(input(), toSharpGeometry(plan), step.background ?? BLACK);
    if (hasEffects(step)) result = await applyEffects(result, step);
    if (index < steps.length - 1) {
      const raw = await toRaw(result);
      input = () => fromRaw(raw);
      size = plan.output;
      region = plan.region;
    }
  }
  return encode(result, output);
}

function applyGeometry(pipeline: Sharp, geometry: SharpGeometry, background: Colour): Sharp {
  const { extract, resize, trim, pad } = geometry;
  let result = pipeline;
  if (extract) result = result.extract(extract);
  if (resize) result = result.resize(resize.width, resize.height, { fit: 'fill' });
  if (trim) result = result.extract(trim);
  if (pad) result = result.extend({ ...pad, background });
  return result;
}

function encode(pipeline: Sharp, output: OutputSettings): Promise<Buffer> {
  const { quality, lossless, progressive } = output;
  switch (output.format) {
    case 'jpeg': {
      const { r, g, b } = output.matte;
      return pipeline
        .flatten({ background: { r, g, b } })
        .jpeg({ quality, progressive })
        .toBuffer();
    }
    case 'png':
      return pipeline.png({ progressive }).toBuffer();
    case 'webp':
      return pipeline.webp({ quality, lossless }).toBuffer();
    case 'avif':
      return pipeline.avif({ quality, lossless, effort: AVIF_EFFORT }).toBuffer();
    case 'gif':
      return pipeline.gif().toBuffer();
    case 'tiff':
      return pipeline.tiff({ quality }).toBuffer();
  }
}
