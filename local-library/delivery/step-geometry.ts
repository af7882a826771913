import type { Region, Size } from '../files/region.ts';
import {
  anchoredWindow,
  anchorOffset,
  focusWindow,
  largestWindow,
  windowAround,
  type Rect,
} from './focus-window.ts';
import { requestedSize } from './step-size.ts';
import type { Anchor, TransformStep } from './transform-step.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A point of the step's input that `fo-auto` / `fo-face` centre on (found by the renderer). */
export interface Point {
  x: number;
  y: number;
}

/** Which part of a step's input it keeps, the size that part is scaled to, and any padding. */
export interface Geometry {
  window: Rect | null;
  scaled: Size;
  pad?: Padding;
}

/** `attention` is where fo-auto / fo-face centre; the image centre when null. */
export function planGeometry(
  step: TransformStep,
  input: Size,
  region: Region | null,
  attention: Point | null,
): Geometry {
  const { width, height } = requestedSize(step, input);
  const focus = step.focus ?? 'center';
  if (step.cropMode === 'extract') {
    return extractGeometry(
      step,
      input,
      focus === 'custom' ? region : null,
      attention,
      width,
      height,
    );
  }
  if (step.cropMode === 'pad_extract')
    return padExtractGeometry(input, anchorOf(step), width, height);
  if (width === undefined && height === undefined) return { window: null, scaled: input };
  const rw = width === undefined ? Infinity : width / input.width;
  const rh = height === undefined ? Infinity : height / input.height;
  if (step.cropMode === 'pad_resize' && width !== undefined && height !== undefined) {
    const scaled = scaledBy(input, Math.min(rw, rh), { width, height });
    const extraX = width - scaled.width;
    const extraY = height - scaled.height;
    const left = anchorOffset(anchorOf(step), 'x', extraX);
    const top = anchorOffset(anchorOf(step), 'y', extraY);
    return { window: null, scaled, pad: { top, left, right: extraX - left, bottom: extraY - top } };
  }
  switch (step.crop ?? 'maintain_ratio') {
    case 'force':
      return {
        window: null,
        scaled: { width: width ?? input.width, height: height ?? input.height },
      };
    case 'at_max':
      return { window: null, scaled: scaledBy(input, Math.min(rw, rh, 1)) };
    case 'at_max_enlarge':
      return { window: null, scaled: scaledBy(input, Math.min(rw, rh)) };
    case 'at_least':
      return { window: null, scaled: scaledBy(input, Math.max(finite(rw), finite(rh))) };
    case 'maintain_ratio': {
      if (width === undefined || height === undefined) {
        return { window: null, scaled: scaledBy(input, Math.min(rw, rh)) };
      }
      const aspect = width / height;
      let window: Rect;
      if (focus === 'custom' && region) window = focusWindow(input, region, aspect);
      else if ((focus === 'auto' || focus === 'face') && attention) {
        const largest = largestWindow(input, aspect);
        window = windowAround(input, largest.width, largest.height, attention.x, attention.y);
      } else {
        const largest = largestWindow(input, aspect);
        window = anchoredWindow(input, largest.width, largest.height, anchorOf(step));
      }
      return { window: whole(window, input) ? null : window, scaled: { width, height } };
    }
  }
}

/** cm-extract: cut a window of the requested size without scaling. */
function extractGeometry(
  step: TransformStep,
  input: Size,
  focusRegion: Region | null,
  attention: Point | null,
  width: number | undefined,
  height: number | undefined,
): Geometry {
  let rect: Rect;
  if (width === undefined && height === undefined && focusRegion) {
    const { x, y, width: w, height: h } = focusRegion;
    rect = { left: x, top: y, width: w, height: h };
  } else {
    const w = Math.min(width ?? input.width, input.width);
    const h = Math.min(height ?? input.height, input.height);
    if (
      step.x !== undefined ||
      step.y !== undefined ||
      step.xc !== undefined ||
      step.yc !== undefined
    ) {
      const cx = step.x !== undefined ? step.x + w / 2 : (step.xc ?? input.width / 2);
      const cy = step.y !== undefined ? step.y + h / 2 : (step.yc ?? input.height / 2);
      rect = windowAround(input, w, h, cx, cy);
    } else if (focusRegion) {
      const { x, y, width: rw, height: rh } = focusRegion;
      rect = windowAround(input, w, h, x + rw / 2, y + rh / 2);
    } else if ((step.focus === 'auto' || step.focus === 'face') && attention) {
      rect = windowAround(input, w, h, attention.x, attention.y);
    } else {
      rect = anchoredWindow(input, w, h, anchorOf(step));
    }
  }
  return {
    window: whole(rect, input) ? null : rect,
    scaled: { width: rect.width, height: rect.height },
  };
}

/** cm-pad_extract: like cm-extract, but a side larger than the input is padded, not clamped. */
function padExtractGeometry(
  input: Size,
  anchor: Anchor,
  width: number | undefined,
  height: number | undefined,
): Geometry {
  const wantW = width ?? input.width;
  const wantH = height ?? input.height;
  const rect = anchoredWindow(
    input,
    Math.min(wantW, input.width),
    Math.min(wantH, input.height),
    anchor,
  );
  const extraX = wantW - rect.width;
  const extraY = wantH - rect.height;
  const left = anchorOffset(anchor, 'x', extraX);
  const top = anchorOffset(anchor, 'y', extraY);
  const pad =
    extraX > 0 || extraY > 0
      ? { top, left, right: extraX - left, bottom: extraY - top }
      : undefined;
  return {
    window: whole(rect, input) ? null : rect,
    scaled: { width: rect.width, height: rect.height },
    pad,
  };
}

/** Relative focus values place crops and padding; the others (custom, auto, face) centre them. */
function anchorOf(step: TransformStep): Anchor {
  const focus = step.focus;
  return focus === undefined || focus === 'custom' || focus === 'auto' || focus === 'face'
    ? 'center'
    : focus;
}

/** The input scaled uniformly, whole pixels, at least 1 and at most `limit` on each side. */
function scaledBy(input: Size, scale: number, limit?: Size): Size {
  const side = (value: number, max = Infinity) => Math.min(Math.max(1, Math.round(value)), max);
  return {
    width: side(input.width * scale, limit?.width),
    height: side(input.height * scale, limit?.height),
  };
}

function finite(ratio: number): number {
  return Number.isFinite(ratio) ? ratio : 0;
}

function whole(rect: Rect, input: Size): boolean {
  return rect.width === input.width && rect.height === input.height;
}
