import type { Size } from '../files/region.ts';
import { largestWindow } from './focus-window.ts';
import { MAX_OUTPUT_SIDE, type Length, type TransformStep } from './transform-step.ts';

export interface RequestedSize {
  width?: number;
  height?: number;
}

/**
 * The width and height a step asks for, in pixels of its output: fractions resolved against
 * the input, `dpr` applied, then the missing side taken from `ar` (ignored when both are given,
 * as documented). As ImageKit documents, the DPR is dropped when it would take a side below
 * 1 px or above the largest size. `ar` alone asks for the largest window of that ratio (the
 * SDK's responsive helper chains `ar-1-1` before a step with the width).
 */
export function requestedSize(step: TransformStep, input: Size): RequestedSize {
  const width = resolve(step.width, input.width);
  const height = resolve(step.height, input.height);
  if (width === undefined && height === undefined && step.aspectRatio !== undefined) {
    const window = largestWindow(input, step.aspectRatio);
    return {
      width: Math.max(1, Math.round(window.width)),
      height: Math.max(1, Math.round(window.height)),
    };
  }
  const plain = withAspect(width, height, step.aspectRatio);
  if (step.dpr === undefined || step.dpr === 1) return plain;
  const dpr = step.dpr;
  const scaled = withAspect(
    width === undefined ? undefined : Math.round(width * dpr),
    height === undefined ? undefined : Math.round(height * dpr),
    step.aspectRatio,
  );
  const fits = [scaled.width, scaled.height].every(
    (side) => side === undefined || (side >= 1 && side <= MAX_OUTPUT_SIDE),
  );
  return fits ? scaled : plain;
}

function withAspect(
  width: number | undefined,
  height: number | undefined,
  aspect: number | undefined,
): RequestedSize {
  if (aspect === undefined || (width === undefined) === (height === undefined)) {
    return { width, height };
  }
  if (width !== undefined) return { width, height: Math.max(1, Math.round(width / aspect)) };
  return { width: Math.max(1, Math.round(height! * aspect)), height };
}

function resolve(length: Length | undefined, inputSide: number): number | undefined {
  if (!length) return undefined;
  return length.kind === 'px' ? length.value : Math.max(1, Math.round(length.value * inputSide));
}
