import type { SuggestionMethod } from '../../common/api/suggested-region.ts';
import { dilate, significantBox } from './mask-components.ts';
import {
  borderColour,
  clearLongLines,
  colourDistance,
  edgeStrength,
  maskWhere,
  transparentBorderShare,
  type Box,
  type Mask,
  type Pixels,
} from './pixel-box.ts';

/** A border this see-through is a cut-out: the product is what is opaque. */
const TRANSPARENT_BORDER_SHARE = 0.5;
/** Opaque enough to be the product, not its soft drop shadow. */
const SOLID_ALPHA = 128;
/** A border this much of one colour (to within BORDER_TOLERANCE levels) is a plain background. */
const PLAIN_BORDER_SHARE = 0.9;
const BORDER_TOLERANCE = 10;
/** How far from the background colour a pixel must be to belong to the product. */
const PRODUCT_DISTANCE = 28;
/**
 * A shadow on a plain background is the background colour darkened: every channel scaled by
 * about the same factor, within this range (a contact shadow darkens by at most about half).
 */
const SHADOW_SCALE = { min: 0.5, max: 0.97, spread: 0.04 };
/** Edge strength (level change per pixel after a light blur) that outlines a product. */
const EDGE_LEVEL = 12;
/** How far outside an outline its edge pixels reach: the blur and the Sobel kernel, 1 px each. */
const EDGE_SPREAD_PX = 2;
/** Pixels that join the broken pieces of one outline before they are grouped. */
const JOIN_RADIUS = 2;
/** A box covering almost all of the image, or almost none of it, found no product. */
const MAX_AREA_SHARE = 0.92;
const MIN_AREA_SHARE = 0.004;

export interface Found {
  box: Box;
  method: SuggestionMethod;
}

/** The box around what matters in `mask`, less `inset` pixels on each side. */
function boxOf(mask: Mask, image: Pixels, inset = 0): Box | null {
  const { width, height } = image;
  clearLongLines(mask, width, height);
  const joined = dilate(mask, width, height, JOIN_RADIUS);
  const box = significantBox(joined, width, height);
  if (!box) return null;
  // Dilation grew every group by JOIN_RADIUS on each side; take that back (inside the image).
  const shrink = JOIN_RADIUS + inset;
  const x = Math.min(box.x + shrink, width - 1);
  const y = Math.min(box.y + shrink, height - 1);
  return {
    x,
    y,
    width: Math.max(1, box.x + box.width - shrink - x),
    height: Math.max(1, box.y + box.height - shrink - y),
  };
}

/** Whether pixel `i` is the background colour in shadow rather than part of the product. */
function isShadow(image: Pixels, i: number, background: readonly number[]): boolean {
  const scales = [0, 1, 2].map((c) => image.data[i * 4 + c]! / Math.max(1, background[c]!));
  const mean = (scales[0]! + scales[1]! + scales[2]!) / 3;
  return (
    mean >= SHADOW_SCALE.min &&
    mean <= SHADOW_SCALE.max &&
    scales.every((s) => Math.abs(s - mean) <= SHADOW_SCALE.spread)
  );
}

function plausible(box: Box | null, image: Pixels): box is Box {
  if (!box) return false;
  const share = (box.width * box.height) / (image.width * image.height);
  return share >= MIN_AREA_SHARE && share <= MAX_AREA_SHARE;
}

/** A 3 × 3 box blur of one channel, so fine background texture (dots, weave) barely registers. */
function blurredChannel(image: Pixels, channel: number): Float32Array {
  const { width, height, data } = image;
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          sum += data[(ny * width + nx) * 4 + channel]!;
          count += 1;
        }
      }
      out[y * width + x] = sum / count;
    }
  }
  return out;
}

/** Where any colour channel changes sharply: outlines, whatever the background's gradient. */
function edgeMask(image: Pixels): Mask {
  const { width, height } = image;
  const strengths = [0, 1, 2].map((c) => edgeStrength(blurredChannel(image, c), width, height));
  return maskWhere(image, (i) => strengths.some((s) => s[i]! >= EDGE_LEVEL));
}

/**
 * The product's bounding box in `image`'s pixels, and how it was found: the opaque part of a
 * cut-out, what differs from a plain background, or the strong outlines on any other background.
 * Null when none of these finds something plausible (the caller falls back to attention).
 */
export function findProduct(image: Pixels): Found | null {
  const alpha = (i: number) => image.data[i * 4 + 3]!;
  if (transparentBorderShare(image) >= TRANSPARENT_BORDER_SHARE) {
    const box = boxOf(
      maskWhere(image, (i) => alpha(i) >= SOLID_ALPHA),
      image,
    );
    if (plausible(box, image)) return { box, method: 'transparency' };
  }
  const border = borderColour(image, BORDER_TOLERANCE);
  if (border.share >= PLAIN_BORDER_SHARE) {
    // A pixel that looks like shadow counts only on a sharp edge: a grey product on a pale
    // background has the same colours as a shadow there, but only the product has outlines.
    const outlines = dilate(edgeMask(image), image.width, image.height, 1);
    const mask = maskWhere(
      image,
      (i) =>
        alpha(i) >= SOLID_ALPHA &&
        colourDistance(image, i, border.colour) > PRODUCT_DISTANCE &&
        (outlines[i] === 1 || !isShadow(image, i, border.colour)),
    );
    const box = boxOf(mask, image);
    if (plausible(box, image)) return { box, method: 'background' };
  }
  const box = boxOf(edgeMask(image), image, EDGE_SPREAD_PX);
  return plausible(box, image) ? { box, method: 'edges' } : null;
}
