import type { Sharp } from 'sharp';
import type { Size } from '../files/region.ts';
import { largestWindow } from './focus-window.ts';
import type { Point } from './step-geometry.ts';
import { requestedSize } from './step-size.ts';
import type { TransformStep } from './transform-step.ts';

// Attention is found on a small copy: the point barely moves, and a 4000-px JPEG then decodes
// at reduced size.
const SEARCH_SIDE = 256;

/**
 * The aspect ratio (width / height) of the window a `fo-auto` / `fo-face` step crops, or null
 * when the step crops nothing and so needs no point.
 */
export function attentionAspect(step: TransformStep, input: Size): number | null {
  if (step.focus !== 'auto' && step.focus !== 'face') return null;
  const { width, height } = requestedSize(step, input);
  if (step.cropMode === 'extract') {
    const w = Math.min(width ?? input.width, input.width);
    const h = Math.min(height ?? input.height, input.height);
    return w < input.width || h < input.height ? w / h : null;
  }
  const maintains =
    step.cropMode === undefined && (step.crop ?? 'maintain_ratio') === 'maintain_ratio';
  if (!maintains || width === undefined || height === undefined) return null;
  return Math.abs(width / height - input.width / input.height) > 1e-9 ? width / height : null;
}

/**
 * Where sharp's attention strategy (luminance, saturation and skin tones) finds the most
 * interesting part for a crop of the given aspect, in the input's pixels. ImageKit's
 * `fo-auto` and `fo-face` use their own models; this is the local approximation of both.
 */
export async function findAttention(
  source: () => Sharp,
  input: Size,
  aspect: number,
): Promise<Point | null> {
  const scale = Math.min(1, SEARCH_SIDE / Math.max(input.width, input.height));
  const small = {
    width: Math.max(1, Math.round(input.width * scale)),
    height: Math.max(1, Math.round(input.height * scale)),
  };
  const box = largestWindow(small, aspect);
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  if (width >= small.width && height >= small.height) return null;
  const { info } = await source()
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.attentionX === undefined || info.attentionY === undefined) return null;
  const cover = Math.max(width / input.width, height / input.height);
  return { x: info.attentionX / cover, y: info.attentionY / cover };
}
