import type { Hex } from './color.ts';
import { darken, lighten } from './color.ts';
import { defs, linear, r1, radial } from './svg-kit.ts';

/** What fills the frame behind a product; sizes are fractions of the frame so any size works. */
export type Background =
  | { kind: 'flat'; color: Hex }
  | { kind: 'gradient'; from: Hex; to: Hex; angle: number }
  | { kind: 'spotlight'; inner: Hex; outer: Hex; cx: number; cy: number }
  | { kind: 'studio'; wall: Hex; floor: Hex; horizon: number }
  | { kind: 'split'; first: Hex; second: Hex; at: number; vertical: boolean }
  | { kind: 'dots'; base: Hex; dot: Hex; spacing: number }
  | { kind: 'stripes'; base: Hex; stripe: Hex; spacing: number }
  | { kind: 'tiles'; base: Hex; line: Hex; spacing: number }
  | { kind: 'transparent' };

interface Frame {
  width: number;
  height: number;
}

function rect(fill: string): string {
  return `<rect width="100%" height="100%" fill="${fill}"/>`;
}

function vector(angle: number): [number, number, number, number] {
  const rad = (angle * Math.PI) / 180;
  const dx = Math.cos(rad) / 2;
  const dy = Math.sin(rad) / 2;
  return [r1(0.5 - dx), r1(0.5 - dy), r1(0.5 + dx), r1(0.5 + dy)];
}

function pattern(id: string, size: number, body: string): string {
  return `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">${body}</pattern>`;
}

/**
 * Dots on a diagonal lattice, as plain circles: librsvg renders a rotated <pattern> about
 * twenty times slower than the same shapes written out.
 */
function dots(frame: Frame, spacing: number, radius: number, color: Hex): string {
  const circles: string[] = [];
  for (let row = 0; row * spacing <= frame.height * 2 + spacing; row += 1) {
    const y = r1((row * spacing) / 2);
    for (let x = (row % 2) * (spacing / 2); x <= frame.width + spacing; x += spacing) {
      circles.push(`<circle cx="${r1(x)}" cy="${y}" r="${radius}"/>`);
    }
  }
  return `<g fill="${color}">${circles.join('')}</g>`;
}

/** Diagonal bands as rectangles in one rotated group (see `dots` for why not a pattern). */
function stripes(frame: Frame, spacing: number, color: Hex): string {
  const reach = Math.hypot(frame.width, frame.height);
  const bands: string[] = [];
  for (let x = -reach; x < reach; x += spacing) {
    bands.push(
      `<rect x="${r1(x)}" y="${r1(-reach)}" width="${r1(spacing / 2)}" height="${r1(reach * 2)}"/>`,
    );
  }
  const pivot = `${r1(frame.width / 2)} ${r1(frame.height / 2)}`;
  return `<g fill="${color}" transform="rotate(30 ${pivot})">${bands.join('')}</g>`;
}

/** Background markup for a frame; `id` prefixes its gradient/pattern ids. */
export function backgroundMarkup(background: Background, frame: Frame, id: string): string {
  const unit = Math.min(frame.width, frame.height);
  switch (background.kind) {
    case 'transparent':
      return '';
    case 'flat':
      return rect(background.color);
    case 'gradient': {
      const { from, to, angle } = background;
      return (
        defs(
          linear(
            id,
            [
              [0, from],
              [1, to],
            ],
            vector(angle),
          ),
        ) + rect(`url(#${id})`)
      );
    }
    case 'spotlight': {
      const { inner, outer, cx, cy } = background;
      return (
        defs(
          radial(
            id,
            [
              [0, inner],
              [1, outer],
            ],
            { cx, cy, r: 0.75 },
          ),
        ) + rect(`url(#${id})`)
      );
    }
    case 'studio': {
      const { wall, floor, horizon: h } = background;
      const soft = 0.015;
      const stops = [
        [0, lighten(wall, 0.12)],
        [h - soft, wall],
        [h, darken(wall, 0.08)],
        [h + soft, lighten(floor, 0.1)],
        [1, darken(floor, 0.12)],
      ] as const;
      return defs(linear(id, stops)) + rect(`url(#${id})`);
    }
    case 'split': {
      const { first, second, at, vertical } = background;
      const [w, h] = vertical
        ? [r1(frame.width * at), frame.height]
        : [frame.width, r1(frame.height * at)];
      return rect(second) + `<rect width="${w}" height="${h}" fill="${first}"/>`;
    }
    case 'dots': {
      const spacing = unit * background.spacing;
      return rect(background.base) + dots(frame, spacing, r1(spacing * 0.09), background.dot);
    }
    case 'stripes':
      return rect(background.base) + stripes(frame, unit * background.spacing, background.stripe);
    case 'tiles': {
      const size = r1(unit * background.spacing);
      const lines = `<path d="M ${size} 0 L 0 0 L 0 ${size}" fill="none" stroke="${background.line}" stroke-width="${r1(Math.max(1, size * 0.02))}"/>`;
      return defs(pattern(id, size, lines)) + rect(background.base) + rect(`url(#${id})`);
    }
  }
}
