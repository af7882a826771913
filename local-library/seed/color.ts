/** A colour as `#rrggbb`; the drawings derive their shading from one or two base colours. */
export type Hex = `#${string}`;

const HEX_PATTERN = /^#([0-9a-f]{6})$/i;

function channels(hex: Hex): [number, number, number] {
  const match = HEX_PATTERN.exec(hex);
  if (!match?.[1]) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: [number, number, number]): Hex {
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return `#${rgb.map((v) => clamp(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Linear blend: `t = 0` gives `from`, `t = 1` gives `to`. */
export function mix(from: Hex, to: Hex, t: number): Hex {
  const a = channels(from);
  const b = channels(to);
  return toHex([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
}

export function lighten(hex: Hex, t: number): Hex {
  return mix(hex, '#ffffff', t);
}

export function darken(hex: Hex, t: number): Hex {
  return mix(hex, '#000000', t);
}
