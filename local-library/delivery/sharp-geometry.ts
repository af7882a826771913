import type { Size } from '../files/region.ts';
import type { Rect } from './focus-window.ts';
import type { StepPlan } from './render-plan.ts';
import type { Padding } from './step-geometry.ts';

/** A plan's geometry as sharp runs it, in this order: extract, resize, trim, extend. */
export interface SharpGeometry {
  extract: Rect | null;
  resize: Size | null;
  trim: Rect | null;
  pad: Padding | null;
}

/**
 * When a crop shrinks, the whole input is scaled first and the window cut from the result:
 * libvips can then decode a large JPEG at reduced size (shrink-on-load), which halves the time
 * of a typical thumbnail. When it enlarges, the window is cut first so nothing larger than the
 * output is ever held.
 */
export function toSharpGeometry(plan: StepPlan): SharpGeometry {
  const { input, window, scaled, pad } = plan;
  if (!window) {
    const same = scaled.width === input.width && scaled.height === input.height;
    return { extract: null, resize: same ? null : scaled, trim: null, pad };
  }
  const sx = scaled.width / window.width;
  const sy = scaled.height / window.height;
  if (sx >= 1 || sy >= 1) {
    const same = sx === 1 && sy === 1;
    return { extract: window, resize: same ? null : scaled, trim: null, pad };
  }
  const full = {
    width: Math.max(scaled.width, Math.round(input.width * sx)),
    height: Math.max(scaled.height, Math.round(input.height * sy)),
  };
  const trim = {
    left: Math.min(Math.round(window.left * sx), full.width - scaled.width),
    top: Math.min(Math.round(window.top * sy), full.height - scaled.height),
    width: scaled.width,
    height: scaled.height,
  };
  return { extract: null, resize: full, trim, pad };
}
