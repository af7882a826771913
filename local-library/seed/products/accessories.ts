import { darken, lighten } from '../color.ts';
import type { DrawProduct } from '../svg-kit.ts';
import { defs, linear, metal, r1, radial, topLit } from '../svg-kit.ts';

const CX = 300;
const CY = 550;

function polar(angleDeg: number, radius: number): [number, number] {
  const rad = ((angleDeg - 90) * Math.PI) / 180;
  return [r1(CX + radius * Math.cos(rad)), r1(CY + radius * Math.sin(rad))];
}

function ticks(color: string): string {
  return Array.from({ length: 60 }, (_, i) => {
    const hour = i % 5 === 0;
    const [x1, y1] = polar(i * 6, hour ? 150 : 168);
    const [x2, y2] = polar(i * 6, 182);
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="${hour ? 10 : 3}" stroke-linecap="round"/>`;
  }).join('');
}

/** A tapered hand pointing at `angleDeg` (0 = twelve o'clock). */
function hand(angleDeg: number, length: number, width: number, color: string): string {
  const tail = 28;
  return (
    `<path d="M ${CX - width / 2} ${CY + tail} L ${CX - width / 4} ${CY - length} L ${CX + width / 4} ${CY - length} L ${CX + width / 2} ${CY + tail} Z" ` +
    `fill="${color}" transform="rotate(${angleDeg} ${CX} ${CY})"/>`
  );
}

/** Analogue wristwatch, front view, leather strap with holes, hands at ten past ten. */
export const wristwatch: DrawProduct = ({ color, accent }, id) => {
  const holes = [880, 930, 980, 1030]
    .map((y) => `<ellipse cx="${CX}" cy="${y}" rx="11" ry="15" fill="${darken(color, 0.6)}"/>`)
    .join('');
  return {
    width: 600,
    height: 1100,
    shadow: {
      kind: 'drop',
      outline: `M 200 0 L 400 0 L 400 1100 L 200 1100 Z M ${CX} ${CY - 240} A 240 240 0 1 1 ${CX - 0.1} ${CY - 240} Z`,
    },
    markup: `${defs(
      linear(
        `${id}-strap`,
        [
          [0, darken(color, 0.25)],
          [0.3, lighten(color, 0.12)],
          [0.7, color],
          [1, darken(color, 0.3)],
        ],
        [0, 0, 1, 0],
      ),
      metal(`${id}-case`, accent),
      radial(`${id}-dial`, [
        [0, '#fbfaf7'],
        [0.8, '#ecebe6'],
        [1, '#d5d3cc'],
      ]),
      topLit(`${id}-crown`, accent, 0.3),
    )}
      <path d="M 200 0 L 400 0 L 392 340 L 208 340 Z" fill="url(#${id}-strap)"/>
      <path d="M 208 760 L 392 760 L 400 1100 L 200 1100 Z" fill="url(#${id}-strap)"/>
      <path d="M 214 20 L 220 330 M 386 20 L 380 330 M 220 770 L 214 1090 M 380 770 L 386 1090" stroke="${lighten(color, 0.35)}" stroke-width="3" stroke-dasharray="9 7"/>
      ${holes}
      <rect x="196" y="800" width="208" height="34" rx="8" fill="${darken(color, 0.3)}"/>
      <path d="M 190 300 L 410 300 L 430 400 L 170 400 Z M 170 700 L 430 700 L 410 800 L 190 800 Z" fill="url(#${id}-case)"/>
      <rect x="520" y="522" width="46" height="56" rx="10" fill="url(#${id}-crown)" stroke="${darken(accent, 0.4)}" stroke-width="3"/>
      <circle cx="${CX}" cy="${CY}" r="240" fill="url(#${id}-case)" stroke="${darken(accent, 0.45)}" stroke-width="4"/>
      <circle cx="${CX}" cy="${CY}" r="212" fill="${darken(accent, 0.2)}"/>
      <circle cx="${CX}" cy="${CY}" r="196" fill="url(#${id}-dial)"/>
      ${ticks('#2b2b2b')}
      <rect x="${CX + 96}" y="${CY - 18}" width="44" height="36" rx="4" fill="#ffffff" stroke="#8a8a8a" stroke-width="3"/>
      ${hand(-60, 100, 22, '#2b2b2b')}
      ${hand(60, 150, 16, '#2b2b2b')}
      ${hand(190, 170, 5, '#c0392b')}
      <circle cx="${CX}" cy="${CY}" r="16" fill="${accent}" stroke="#2b2b2b" stroke-width="4"/>
      <path d="M 160 430 A 200 200 0 0 1 330 352" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.45"/>`,
  };
};

/** Aviator sunglasses, front view: gradient lenses, double bridge, nose pads. */
export const sunglasses: DrawProduct = ({ color, accent }, id) => {
  const lens =
    'M 90 92 C 200 60 400 62 452 102 C 474 162 444 300 342 342 C 262 372 140 352 100 272 C 70 212 60 132 90 92 Z';
  const mirrored = (markup: string) =>
    `${markup}<g transform="translate(1000 0) scale(-1 1)">${markup}</g>`;
  return {
    width: 1000,
    height: 400,
    shadow: { kind: 'floor' },
    markup: `${defs(
      linear(`${id}-lens`, [
        [0, darken(color, 0.55)],
        [0.6, darken(color, 0.2)],
        [1, lighten(color, 0.25)],
      ]),
      metal(`${id}-frame`, accent),
    )}
      ${mirrored(`
        <path d="M 94 96 L 10 116" stroke="url(#${id}-frame)" stroke-width="14" stroke-linecap="round"/>
        <path d="${lens}" fill="url(#${id}-lens)" stroke="url(#${id}-frame)" stroke-width="12" stroke-linejoin="round"/>
        <path d="M 150 110 L 250 100 L 140 250 L 110 200 Z" fill="#ffffff" opacity="0.22"/>
        <path d="M 300 110 L 340 108 L 200 320 L 176 300 Z" fill="#ffffff" opacity="0.12"/>
        <path d="M 446 170 C 460 200 462 230 452 250" fill="none" stroke="url(#${id}-frame)" stroke-width="6"/>
        <ellipse cx="446" cy="258" rx="14" ry="22" fill="#eef2f4" opacity="0.85" stroke="${darken(accent, 0.3)}" stroke-width="3"/>`)}
      <path d="M 448 100 C 470 84 530 84 552 100" fill="none" stroke="url(#${id}-frame)" stroke-width="12" stroke-linecap="round"/>
      <path d="M 454 150 C 480 132 520 132 546 150" fill="none" stroke="url(#${id}-frame)" stroke-width="8" stroke-linecap="round"/>`,
  };
};
