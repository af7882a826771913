import type { Region, Size } from '../files/region.ts';
import { centredWindow, focusWindow, windowAround, type Rect } from './focus-window.ts';
import {
  MAX_OUTPUT_SIDE,
  TransformError,
  type Length,
  type TransformStep,
} from './transform-parser.ts';

/** What one step does to its input: cut `extract` (if any), then scale to `resize` (if any). */
export interface StepPlan {
  extract: Rect | null;
  resize: Size | null;
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
    const plan = planStep(step, input.size, input.region);
    if (plan.output.width > MAX_OUTPUT_SIDE || plan.output.height > MAX_OUTPUT_SIDE) {
      throw new TransformError(
        `The result would be ${plan.output.width}x${plan.output.height} pixels; each side can be at most ${MAX_OUTPUT_SIDE}.`,
      );
    }
    plans.push(plan);
    input = { size: plan.output, region: plan.region };
  }
  return plans;
}

export function planStep(step: TransformStep, input: Size, region: Region | null): StepPlan {
  const width = resolve(step.width, input.width);
  const height = resolve(step.height, input.height);
  const focusRegion = step.focus === 'custom' ? region : null;
  if (step.cropMode === 'extract') {
    return extractPlan(step, input, region, focusRegion, width, height);
  }
  if (width === undefined && height === undefined) {
    return { extract: null, resize: null, output: input, region };
  }
  switch (step.crop ?? 'maintain_ratio') {
    case 'force':
      return resizePlan(input, region, null, {
        width: width ?? input.width,
        height: height ?? input.height,
      });
    case 'at_max':
      return scaledPlan(
        input,
        region,
        Math.min(ratio(width, input.width), ratio(height, input.height), 1),
      );
    case 'at_least':
      return scaledPlan(
        input,
        region,
        Math.max(ratio(width, input.width, 0), ratio(height, input.height, 0)),
      );
    case 'maintain_ratio':
      if (width === undefined || height === undefined) {
        return scaledPlan(
          input,
          region,
          Math.min(ratio(width, input.width), ratio(height, input.height)),
        );
      }
      return resizePlan(
        input,
        region,
        focusRegion
          ? focusWindow(input, focusRegion, width / height)
          : centredWindow(input, width / height),
        { width, height },
      );
  }
}

/** cm-extract: cut a window of the requested size without scaling. */
function extractPlan(
  step: TransformStep,
  input: Size,
  region: Region | null,
  focusRegion: Region | null,
  width: number | undefined,
  height: number | undefined,
): StepPlan {
  let rect: Rect;
  if (width === undefined && height === undefined && focusRegion) {
    rect = {
      left: focusRegion.x,
      top: focusRegion.y,
      width: focusRegion.width,
      height: focusRegion.height,
    };
  } else {
    const w = Math.min(width ?? input.width, input.width);
    const h = Math.min(height ?? input.height, input.height);
    let cx = input.width / 2;
    let cy = input.height / 2;
    if (step.x !== undefined || step.y !== undefined) {
      cx = step.x !== undefined ? step.x + w / 2 : cx;
      cy = step.y !== undefined ? step.y + h / 2 : cy;
    } else if (step.xc !== undefined || step.yc !== undefined) {
      cx = step.xc ?? cx;
      cy = step.yc ?? cy;
    } else if (focusRegion) {
      cx = focusRegion.x + focusRegion.width / 2;
      cy = focusRegion.y + focusRegion.height / 2;
    }
    rect = windowAround(input, w, h, cx, cy);
  }
  const whole = rect.width === input.width && rect.height === input.height;
  return {
    extract: whole ? null : rect,
    resize: null,
    output: { width: rect.width, height: rect.height },
    region: cutRegion(region, rect),
  };
}

function scaledPlan(input: Size, region: Region | null, scale: number): StepPlan {
  return resizePlan(input, region, null, {
    width: Math.max(1, Math.round(input.width * scale)),
    height: Math.max(1, Math.round(input.height * scale)),
  });
}

function resizePlan(
  input: Size,
  region: Region | null,
  window: Rect | null,
  output: Size,
): StepPlan {
  const whole = !window || (window.width === input.width && window.height === input.height);
  const extract = whole ? null : window;
  const cut = extract ? cutRegion(region, extract) : region;
  const from = extract ? { width: extract.width, height: extract.height } : input;
  const same = from.width === output.width && from.height === output.height;
  return {
    extract,
    resize: same ? null : output,
    output,
    region: cut && scaleRegion(cut, from, output),
  };
}

function resolve(length: Length | undefined, inputSide: number): number | undefined {
  if (!length) return undefined;
  return length.kind === 'px' ? length.value : Math.max(1, Math.round(length.value * inputSide));
}

/** target / side, or `otherwise` when the side was not asked for. */
function ratio(target: number | undefined, side: number, otherwise = Infinity): number {
  return target === undefined ? otherwise : target / side;
}

function cutRegion(region: Region | null, rect: Rect): Region | null {
  if (!region) return null;
  const left = Math.max(region.x, rect.left);
  const top = Math.max(region.y, rect.top);
  const right = Math.min(region.x + region.width, rect.left + rect.width);
  const bottom = Math.min(region.y + region.height, rect.top + rect.height);
  if (right <= left || bottom <= top) return null;
  return { x: left - rect.left, y: top - rect.top, width: right - left, height: bottom - top };
}

function scaleRegion(region: Region, from: Size, to: Size): Region {
  const [x, width] = scaleSpan(region.x, region.width, to.width / from.width, to.width);
  const [y, height] = scaleSpan(region.y, region.height, to.height / from.height, to.height);
  return { x, y, width, height };
}

/** A span scaled and snapped to whole pixels inside `0..size`, never thinner than one pixel. */
function scaleSpan(start: number, length: number, scale: number, size: number): [number, number] {
  let lo = Math.min(Math.max(Math.round(start * scale), 0), size);
  let hi = Math.min(Math.max(Math.round((start + length) * scale), 0), size);
  if (hi - lo < 1) {
    if (lo >= size) lo = size - 1;
    hi = lo + 1;
  }
  return [lo, hi - lo];
}
