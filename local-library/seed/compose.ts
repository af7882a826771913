import type { Background } from './backgrounds.ts';
import { backgroundMarkup } from './backgrounds.ts';
import type { Drawing } from './svg-kit.ts';
import { r1 } from './svg-kit.ts';

/**
 * Where the product sits: its centre as fractions of the frame, and its longer side as a fraction
 * of the frame's shorter side. Off-centre on purpose, so a centre crop would cut the product.
 */
export interface Placement {
  cx: number;
  cy: number;
  size: number;
}

export interface Scene {
  width: number;
  height: number;
  background: Background;
  drawing: Drawing;
  placement: Placement;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The product's box in frame pixels, as placed by `sceneSvg`. */
export function productBox(scene: Scene): Box {
  const { width, height, drawing, placement } = scene;
  const scale =
    (placement.size * Math.min(width, height)) / Math.max(drawing.width, drawing.height);
  const w = drawing.width * scale;
  const h = drawing.height * scale;
  return {
    x: r1(placement.cx * width - w / 2),
    y: r1(placement.cy * height - h / 2),
    width: r1(w),
    height: r1(h),
  };
}

function floorShadow(box: Box, [from, to]: readonly [number, number]): string {
  const cx = r1(box.x + (box.width * (from + to)) / 2);
  const cy = r1(box.y + box.height * 0.985);
  const rx = r1(box.width * (to - from) * 0.56);
  const ry = r1(Math.max(4, box.width * 0.06));
  return (
    '<defs><radialGradient id="floor-shadow">' +
    '<stop offset="0" stop-color="#000" stop-opacity="0.42"/>' +
    '<stop offset="0.6" stop-color="#000" stop-opacity="0.16"/>' +
    '<stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs>' +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="url(#floor-shadow)"/>`
  );
}

/**
 * A soft shadow of the outline, offset down-right. Stacked strokes fake the blur: an SVG blur filter
 * costs seconds on a 12-megapixel frame, these cost milliseconds.
 */
function dropShadow(outline: string, drawing: Drawing): string {
  const reach = Math.max(drawing.width, drawing.height) * 0.03;
  const steps = 8;
  const layers = Array.from({ length: steps }, (_, i) => {
    const width = r1((reach * 2 * (i + 1)) / steps);
    return `<path d="${outline}" fill="none" stroke="#000" stroke-opacity="0.03" stroke-width="${width}" stroke-linejoin="round"/>`;
  }).join('');
  const offset = r1(reach * 0.45);
  return `<g transform="translate(${offset} ${offset})"><path d="${outline}" fill="#000" fill-opacity="0.1"/>${layers}</g>`;
}

/** One complete SVG document: background, shadow, then the product scaled into place. */
export function sceneSvg(scene: Scene): string {
  const { width, height, drawing } = scene;
  const box = productBox(scene);
  const shadow = drawing.shadow.kind === 'drop' ? dropShadow(drawing.shadow.outline, drawing) : '';
  const product =
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" ` +
    `viewBox="0 0 ${drawing.width} ${drawing.height}" overflow="visible">${shadow}${drawing.markup}</svg>`;
  const placed =
    drawing.shadow.kind === 'floor'
      ? floorShadow(box, drawing.shadow.footprint ?? [0, 1]) + product
      : product;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    backgroundMarkup(scene.background, scene, 'background') +
    placed +
    '</svg>'
  );
}
