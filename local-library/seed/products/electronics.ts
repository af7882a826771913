import { darken, lighten } from '../color.ts';
import type { DrawProduct } from '../svg-kit.ts';
import { defs, linear, metal, topLit } from '../svg-kit.ts';

/** Over-ear headphones, front view: padded headband, sliders, ear cups with cushions. */
export const headphones: DrawProduct = ({ color, accent }, id) => {
  const cup = `
    <rect x="150" y="430" width="44" height="120" rx="12" fill="url(#${id}-metal)"/>
    <path d="M 172 430 L 172 360" stroke="url(#${id}-metal)" stroke-width="16"/>
    <ellipse cx="180" cy="640" rx="104" ry="168" fill="url(#${id}-cup)" stroke="${darken(color, 0.5)}" stroke-width="5"/>
    <ellipse cx="168" cy="640" rx="66" ry="124" fill="none" stroke="${accent}" stroke-width="10"/>
    <path d="M 240 500 C 300 540 310 740 240 780 C 280 720 280 560 240 500 Z" fill="${darken(color, 0.6)}"/>
    <path d="M 110 560 C 120 520 140 500 160 492" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" opacity="0.3"/>`;
  return {
    width: 900,
    height: 860,
    shadow: { kind: 'floor' },
    markup: `${defs(
      topLit(`${id}-cup`, color, 0.35),
      metal(`${id}-metal`, '#b7bcc2'),
      linear(`${id}-band`, [
        [0, lighten(color, 0.2)],
        [1, darken(color, 0.3)],
      ]),
    )}
      <path d="M 172 400 C 150 60 750 60 728 400" fill="none" stroke="url(#${id}-band)" stroke-width="52" stroke-linecap="round"/>
      <path d="M 240 250 C 320 150 580 150 660 250" fill="none" stroke="${darken(color, 0.55)}" stroke-width="30" stroke-linecap="round"/>
      ${cup}
      <g transform="translate(900 0) scale(-1 1)">${cup}</g>`,
  };
};
