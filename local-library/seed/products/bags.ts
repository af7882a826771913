import { darken, lighten } from '../color.ts';
import type { DrawProduct } from '../svg-kit.ts';
import { defs, linear, metal, stitch, topLit } from '../svg-kit.ts';

/** Structured leather handbag with a flap, a clasp and two top handles. */
export const handbag: DrawProduct = ({ color, accent }, id) => {
  const body =
    'M 190 360 L 810 360 C 835 360 850 375 855 400 L 905 820 C 910 850 890 870 860 870 ' +
    'L 140 870 C 110 870 90 850 95 820 L 145 400 C 150 375 165 360 190 360 Z';
  const handle = (d: string, shade: number) =>
    `<path d="${d}" fill="none" stroke="${darken(color, shade)}" stroke-width="34" stroke-linecap="round"/>`;
  const ring = (x: number) =>
    `<rect x="${x - 24}" y="338" width="48" height="40" rx="12" fill="none" stroke="url(#${id}-metal)" stroke-width="10"/>`;
  return {
    width: 1000,
    height: 900,
    shadow: { kind: 'floor' },
    markup: `${defs(
      topLit(`${id}-body`, color, 0.3),
      linear(`${id}-flap`, [
        [0, lighten(color, 0.15)],
        [1, darken(color, 0.1)],
      ]),
      metal(`${id}-metal`, accent),
    )}
      ${handle('M 370 350 C 370 150 630 150 630 350', 0.45)}
      ${handle('M 330 350 C 330 110 670 110 670 350', 0.25)}
      ${stitch('M 330 340 C 330 120 670 120 670 340', lighten(color, 0.3), 3)}
      <path d="${body}" fill="url(#${id}-body)" stroke="${darken(color, 0.45)}" stroke-width="6"/>
      ${stitch('M 124 800 C 126 830 140 846 160 846 L 840 846 C 860 846 876 830 878 800', lighten(color, 0.35), 4)}
      <path d="M 175 360 L 825 360 C 840 360 850 372 852 390 L 870 560 C 700 640 300 640 130 560 L 148 390 C 150 372 160 360 175 360 Z" fill="url(#${id}-flap)" stroke="${darken(color, 0.45)}" stroke-width="5"/>
      ${stitch('M 180 384 L 820 384 L 840 546 C 680 614 320 614 160 546 Z', lighten(color, 0.35), 4)}
      ${ring(330)}${ring(670)}
      <rect x="455" y="565" width="90" height="70" rx="12" fill="url(#${id}-metal)" stroke="${darken(accent, 0.4)}" stroke-width="4"/>
      <circle cx="500" cy="600" r="14" fill="${darken(accent, 0.35)}"/>
      <path d="M 200 420 C 220 400 320 396 420 400" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" opacity="0.22"/>`,
  };
};

/** Canvas tote bag with long flat straps and a printed emblem. */
export const toteBag: DrawProduct = ({ color, accent }, id) => {
  const outline =
    'M 120 330 L 680 330 L 716 980 C 718 996 706 1004 690 1004 L 110 1004 C 94 1004 82 996 84 980 Z';
  const strap = (d: string, shade: number) =>
    `<path d="${d}" fill="none" stroke="${darken(color, shade)}" stroke-width="46"/>`;
  const attach = (x: number) =>
    `<rect x="${x - 30}" y="340" width="60" height="70" fill="${darken(color, 0.12)}"/>` +
    `<path d="M ${x - 22} 348 L ${x + 22} 402 M ${x + 22} 348 L ${x - 22} 402 M ${x - 22} 348 L ${x + 22} 348 L ${x + 22} 402 L ${x - 22} 402 Z" fill="none" stroke="${darken(color, 0.4)}" stroke-width="3"/>`;
  return {
    width: 800,
    height: 1010,
    shadow: { kind: 'drop', outline },
    markup: `${defs(topLit(`${id}-body`, color, 0.18))}
      ${strap('M 270 340 C 270 60 530 60 530 340', 0.3)}
      ${strap('M 230 340 C 230 20 570 20 570 340', 0.12)}
      ${stitch('M 212 330 C 212 0 588 0 588 330', darken(color, 0.35), 3)}
      ${stitch('M 248 330 C 248 40 552 40 552 330', darken(color, 0.35), 3)}
      <path d="${outline}" fill="url(#${id}-body)" stroke="${darken(color, 0.35)}" stroke-width="5" stroke-linejoin="round"/>
      <rect x="120" y="330" width="560" height="46" fill="${darken(color, 0.08)}"/>
      ${stitch('M 124 380 L 676 380', darken(color, 0.35), 3)}
      ${attach(230)}${attach(570)}
      <circle cx="400" cy="660" r="150" fill="${accent}"/>
      <path d="M 400 540 C 470 600 480 700 400 790 C 320 700 330 600 400 540 Z" fill="${lighten(accent, 0.7)}"/>
      <path d="M 400 560 L 400 800" stroke="${accent}" stroke-width="8"/>
      <path d="M 110 980 L 690 980" stroke="${darken(color, 0.25)}" stroke-width="6" opacity="0.6"/>`,
  };
};

/** Day backpack, front view: top handle, zipped main compartment, front pocket, side straps. */
export const backpack: DrawProduct = ({ color, accent }, id) => {
  const body =
    'M 150 290 C 150 150 262 112 400 112 C 538 112 650 150 650 290 L 662 920 ' +
    'C 662 962 632 986 590 986 L 210 986 C 168 986 138 962 138 920 Z';
  const pocket =
    'M 208 570 C 208 536 230 520 262 520 L 538 520 C 570 520 592 536 592 570 L 598 900 ' +
    'C 598 932 576 952 544 952 L 256 952 C 224 952 202 932 202 900 Z';
  const teeth = (d: string) =>
    `<path d="${d}" fill="none" stroke="${darken(color, 0.55)}" stroke-width="12" stroke-dasharray="4 4"/>`;
  return {
    width: 800,
    height: 1000,
    shadow: { kind: 'floor' },
    markup: `${defs(topLit(`${id}-body`, color, 0.3), topLit(`${id}-pocket`, accent, 0.25), metal(`${id}-metal`, '#b9bec4'))}
      <path d="M 170 230 C 80 300 70 700 120 940" fill="none" stroke="${darken(color, 0.5)}" stroke-width="46" stroke-linecap="round"/>
      <path d="M 630 230 C 720 300 730 700 680 940" fill="none" stroke="${darken(color, 0.5)}" stroke-width="46" stroke-linecap="round"/>
      <path d="M 330 130 C 330 40 470 40 470 130" fill="none" stroke="${darken(color, 0.4)}" stroke-width="26" stroke-linecap="round"/>
      <path d="${body}" fill="url(#${id}-body)" stroke="${darken(color, 0.45)}" stroke-width="6" stroke-linejoin="round"/>
      ${teeth('M 168 330 C 190 190 610 190 632 330')}
      <rect x="594" y="300" width="22" height="56" rx="8" fill="url(#${id}-metal)" transform="rotate(-20 605 328)"/>
      <path d="${pocket}" fill="url(#${id}-pocket)" stroke="${darken(accent, 0.4)}" stroke-width="5" stroke-linejoin="round"/>
      ${teeth('M 240 590 L 560 590')}
      <rect x="520" y="578" width="50" height="24" rx="8" fill="url(#${id}-metal)"/>
      ${stitch('M 226 612 L 226 900 C 226 918 238 930 256 930 L 544 930 C 562 930 574 918 574 900 L 574 612', lighten(accent, 0.4), 4)}
      <rect x="330" y="700" width="140" height="90" rx="14" fill="${darken(accent, 0.35)}"/>
      <circle cx="400" cy="745" r="24" fill="${lighten(accent, 0.6)}"/>
      <rect x="138" y="940" width="524" height="46" rx="20" fill="${darken(color, 0.35)}"/>
      <path d="M 200 300 C 210 240 260 200 330 190" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.22"/>`,
  };
};
