import { darken, lighten } from '../color.ts';
import type { DrawProduct } from '../svg-kit.ts';
import { defs, linear, stitch, topLit } from '../svg-kit.ts';

const SOLE = '#f4f1ea';
const OUTSOLE = '#3a3a3a';

/** Low-top sneaker seen from the outside, toe to the right. */
export const sneaker: DrawProduct = ({ color, accent }, id) => {
  const upper =
    'M 70 400 C 38 330 45 250 90 192 C 112 165 150 160 176 176 C 215 200 262 205 300 186 ' +
    'L 326 100 C 338 66 386 60 406 84 L 436 156 C 522 212 622 252 722 276 ' +
    'C 822 300 902 322 942 352 C 966 370 970 396 952 408 L 70 408 Z';
  const eyelets = [
    [452, 180],
    [502, 206],
    [552, 228],
    [602, 248],
    [650, 264],
  ] as const;
  const laces = eyelets
    .map(
      ([x, y]) =>
        `<path d="M ${x} ${y} L ${x - 44} ${y - 40}" stroke="${lighten(accent, 0.85)}" stroke-width="16" stroke-linecap="round" stroke-opacity="0.95"/>`,
    )
    .join('');
  const holes = eyelets
    .map(
      ([x, y]) =>
        `<circle cx="${x}" cy="${y}" r="9" fill="${darken(color, 0.55)}" stroke="${lighten(color, 0.5)}" stroke-width="3"/>`,
    )
    .join('');
  const tread = Array.from({ length: 18 }, (_, i) => {
    const x = 90 + i * 48;
    return `<rect x="${x}" y="462" width="26" height="14" rx="4" fill="${darken(OUTSOLE, 0.4)}"/>`;
  }).join('');
  return {
    width: 1000,
    height: 500,
    shadow: { kind: 'floor' },
    markup: `${defs(
      topLit(`${id}-upper`, color, 0.3),
      linear(`${id}-sole`, [
        [0, '#ffffff'],
        [1, darken(SOLE, 0.12)],
      ]),
    )}
      <clipPath id="${id}-clip"><path d="${upper}"/></clipPath>
      <path d="${upper}" fill="url(#${id}-upper)"/>
      <g clip-path="url(#${id}-clip)">
        <path d="M 290 200 L 326 100 C 338 66 386 60 406 84 L 446 170 C 400 190 340 200 290 200 Z" fill="${lighten(color, 0.18)}"/>
        <path d="M 766 286 C 800 320 812 370 806 410 L 980 410 L 980 300 Z" fill="${darken(color, 0.12)}"/>
        <path d="M 180 340 C 360 346 520 310 680 250 C 600 330 420 392 190 384 Z" fill="${accent}" stroke="${darken(accent, 0.3)}" stroke-width="4"/>
        <path d="M 20 350 C 40 280 60 220 100 170 C 130 150 150 160 170 176 C 140 230 140 300 170 360 Z" fill="${accent}"/>
      </g>
      <path d="${upper}" fill="none" stroke="${darken(color, 0.45)}" stroke-width="6" stroke-linejoin="round"/>
      <path d="M 92 192 C 115 172 150 168 176 182 C 214 206 262 212 304 192" fill="none" stroke="${darken(color, 0.5)}" stroke-width="16" stroke-linecap="round"/>
      ${stitch('M 80 372 C 300 380 700 380 930 384', lighten(color, 0.55), 4)}
      ${stitch('M 440 170 C 530 226 630 266 730 292', lighten(color, 0.55), 4)}
      ${laces}${holes}
      <path d="M 400 136 C 370 100 340 116 356 142 C 368 160 396 152 400 136 Z" fill="none" stroke="${lighten(accent, 0.85)}" stroke-width="12"/>
      <path d="M 400 136 C 436 104 462 124 444 148 C 432 162 404 154 400 136 Z" fill="none" stroke="${lighten(accent, 0.85)}" stroke-width="12"/>
      <path d="M 400 136 C 390 170 380 190 360 212 M 400 136 C 420 170 430 186 452 200" fill="none" stroke="${lighten(accent, 0.85)}" stroke-width="11" stroke-linecap="round"/>
      <path d="M 40 396 L 958 396 C 990 404 996 440 970 458 L 40 458 C 30 440 30 410 40 396 Z" fill="url(#${id}-sole)" stroke="${darken(SOLE, 0.3)}" stroke-width="4"/>
      <path d="M 40 452 L 972 452 C 962 472 940 482 900 484 L 92 484 C 62 484 44 472 40 452 Z" fill="${OUTSOLE}"/>
      ${tread}
      <path d="M 120 300 C 200 260 300 250 360 260" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" opacity="0.25"/>`,
  };
};

/** Chelsea ankle boot from the outside, toe to the right, elastic side panel and pull tab. */
export const ankleBoot: DrawProduct = ({ color, accent }, id) => {
  const body =
    'M 150 70 L 430 70 C 434 200 440 330 480 420 C 530 520 650 562 730 612 ' +
    'C 792 650 806 722 776 762 L 146 762 C 126 600 132 300 150 70 Z';
  const ribs = Array.from({ length: 7 }, (_, i) => {
    const x = 262 + i * 16;
    return `<path d="M ${x} 72 C ${x + 6} 180 ${308 + (x - 310) * 0.15} 280 310 ${340 - Math.abs(x - 310) * 0.4}" fill="none" stroke="${darken(accent, 0.35)}" stroke-width="3"/>`;
  }).join('');
  return {
    width: 820,
    height: 880,
    shadow: { kind: 'floor' },
    markup: `${defs(
      topLit(`${id}-body`, color, 0.35),
      linear(`${id}-shine`, [
        [0, '#ffffff', 0.45],
        [1, '#ffffff', 0],
      ]),
    )}
      <path d="M 150 74 L 150 14 C 150 4 158 0 168 0 L 206 0 C 216 0 222 6 222 16 L 222 74 Z" fill="${accent}" stroke="${darken(accent, 0.35)}" stroke-width="4"/>
      <path d="${body}" fill="url(#${id}-body)" stroke="${darken(color, 0.5)}" stroke-width="6" stroke-linejoin="round"/>
      <path d="M 250 72 L 372 72 C 364 190 342 280 310 352 C 280 280 258 190 250 72 Z" fill="${accent}"/>
      ${ribs}
      <path d="M 150 70 L 430 70" stroke="${darken(color, 0.45)}" stroke-width="14" stroke-linecap="round"/>
      ${stitch('M 250 78 C 258 190 280 280 310 360 C 342 280 364 190 372 78', lighten(color, 0.4), 3)}
      ${stitch('M 160 740 L 770 740', lighten(color, 0.45), 4)}
      ${stitch('M 470 440 C 520 530 600 560 680 596', lighten(color, 0.35), 4)}
      <ellipse cx="690" cy="660" rx="70" ry="26" fill="url(#${id}-shine)" transform="rotate(28 690 660)"/>
      <path d="M 186 140 C 176 300 176 500 190 700" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.18"/>
      <path d="M 128 758 L 784 758 C 806 766 808 796 776 808 L 340 808 L 340 870 L 138 870 C 130 840 126 790 128 758 Z" fill="${darken(color, 0.62)}"/>
      <path d="M 138 830 L 340 830" stroke="${darken(color, 0.75)}" stroke-width="5"/>`,
  };
};
