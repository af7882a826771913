import type { Hex } from './color.ts';
import { darken, lighten } from './color.ts';

/** A product drawn in its own coordinate space (0..width, 0..height); the composition places it. */
export interface Drawing {
  width: number;
  height: number;
  /** SVG elements in that space, gradients included (ids must start with the given prefix). */
  markup: string;
  /**
   * `floor`: stands on the ground, gets a contact shadow under its bottom edge, across
   * `footprint` (fractions of the width; the whole width when absent).
   * `drop`: hangs or lies flat, gets a soft shadow of its outline (a path in drawing units).
   */
  shadow:
    { kind: 'floor'; footprint?: readonly [number, number] } | { kind: 'drop'; outline: string };
}

export interface ProductStyle {
  color: Hex;
  accent: Hex;
}

/** Draws one product; `id` prefixes every gradient/clip id so drawings can share a document. */
export type DrawProduct = (style: ProductStyle, id: string) => Drawing;

/** `[offset 0..1, colour, opacity?]` */
export type Stop = readonly [number, Hex, number?];

function stopMarkup(stops: readonly Stop[]): string {
  return stops
    .map(([offset, color, opacity = 1]) => {
      const alpha = opacity === 1 ? '' : ` stop-opacity="${opacity}"`;
      return `<stop offset="${offset}" stop-color="${color}"${alpha}/>`;
    })
    .join('');
}

/** Linear gradient across the shape's bounding box; the default runs top to bottom. */
export function linear(
  id: string,
  stops: readonly Stop[],
  [x1, y1, x2, y2]: readonly [number, number, number, number] = [0, 0, 0, 1],
): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopMarkup(stops)}</linearGradient>`;
}

export function radial(
  id: string,
  stops: readonly Stop[],
  { cx = 0.5, cy = 0.5, r = 0.5 }: { cx?: number; cy?: number; r?: number } = {},
): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stopMarkup(stops)}</radialGradient>`;
}

/** Left-to-right shading of a round body: dark rim, highlight a third in, darker far side. */
export function cylinder(id: string, base: Hex): string {
  return linear(
    id,
    [
      [0, darken(base, 0.3)],
      [0.28, lighten(base, 0.28)],
      [0.45, base],
      [0.85, darken(base, 0.2)],
      [1, darken(base, 0.38)],
    ],
    [0, 0, 1, 0],
  );
}

/** Top-lit fill: a touch lighter at the top, darker towards the bottom. */
export function topLit(id: string, base: Hex, depth = 0.25): string {
  return linear(id, [
    [0, lighten(base, depth * 0.6)],
    [1, darken(base, depth)],
  ]);
}

/** Brushed-metal look for rings, buckles and cases. */
export function metal(id: string, base: Hex): string {
  return linear(
    id,
    [
      [0, lighten(base, 0.55)],
      [0.35, base],
      [0.55, lighten(base, 0.35)],
      [1, darken(base, 0.35)],
    ],
    [0, 0, 1, 1],
  );
}

export function defs(...items: string[]): string {
  return `<defs>${items.join('')}</defs>`;
}

/** A dashed stitching line along `d`. */
export function stitch(d: string, color: Hex, width: number): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-dasharray="${width * 3} ${width * 2.2}" stroke-linecap="round" opacity="0.8"/>`;
}

/** Rounds to 0.1 so generated coordinates stay short and stable across platforms. */
export function r1(value: number): number {
  return Math.round(value * 10) / 10;
}
