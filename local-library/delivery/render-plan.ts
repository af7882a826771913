import type { Region, Size } from '../files/region.ts';
import type { Rect } from './focus-window.ts';
import { cutRegion, scaleRegion, shiftRegion, turnRegion } from './region-map.ts';
import { planGeometry, type Padding, type Point } from './step-geometry.ts';
import { MAX_OUTPUT_SIDE, TransformError, type TransformStep } from './transform-step.ts';

/**
 * What one step does to its input: keep `window` (all of it when null), scale that to
 * `scaled`, add `pad`, then turn and flip as the step says, giving `output`.
 */
export interface StepPlan {
  input: Size;
  window: Rect | null;
  scaled: Size;
  pad: Padding | null;
  output: Size;
  /** The saved region in the output's pixels, so a later `fo-custom` step still finds it. */
  region: Region | null;
}

/** Plans a whole chain before any pixel is touched, so bad requests fail cheaply. */
export function planChain(
  steps: readonly TransformStep[],
  image: Size,
  region: Region | null,
): StepPlan[] {
  const plans: StepPlan[] = [];
  let input = { size: image, region };
  for (const step of steps) {
    const plan = planStep(step, input.size, input.region, null);
    plans.push(plan);
    input = { size: plan.output, region: plan.region };
  }
  return plans;
}

/** `attention` is where fo-auto / fo-face centre; the image centre when null. */
export function planStep(
  step: TransformStep,
  input: Size,
  region: Region | null,
  attention: Point | null,
): StepPlan {
  const geometry = planGeometry(step, input, region, attention);
  const pad = geometry.pad ?? null;
  const padded = {
    width: geometry.scaled.width + (pad ? pad.left + pad.right : 0),
    height: geometry.scaled.height + (pad ? pad.top + pad.bottom : 0),
  };
  const rotation = step.rotation ?? 0;
  const output = rotation % 180 === 0 ? padded : { width: padded.height, height: padded.width };
  if (output.width > MAX_OUTPUT_SIDE || output.height > MAX_OUTPUT_SIDE) {
    throw new TransformError(
      `The result would be ${output.width}x${output.height} pixels; each side can be at most ${MAX_OUTPUT_SIDE}.`,
    );
  }
  const window = geometry.window ?? { left: 0, top: 0, width: input.width, height: input.height };
  const kept = cutRegion(region, window);
  const scaled = scaleRegion(kept, window, geometry.scaled);
  const shifted = pad ? shiftRegion(scaled, pad.left, pad.top) : scaled;
  return {
    input,
    window: geometry.window,
    scaled: geometry.scaled,
    pad,
    output,
    region: turnRegion(shifted, padded, rotation, step.flip),
  };
}
