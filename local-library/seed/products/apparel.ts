import { darken, lighten } from '../color.ts';
import type { DrawProduct } from '../svg-kit.ts';
import { defs, linear, stitch } from '../svg-kit.ts';

/** Crew-neck t-shirt laid flat, front view, with a round chest print. */
export const tShirt: DrawProduct = ({ color, accent }, id) => {
  const outline =
    'M 330 70 C 400 96 600 96 670 70 L 800 110 L 985 322 L 875 428 L 790 348 ' +
    'L 796 940 C 600 956 400 956 204 940 L 210 348 L 125 428 L 15 322 L 200 110 Z';
  const neckline = 'M 330 70 C 360 162 640 162 670 70';
  return {
    width: 1000,
    height: 960,
    shadow: { kind: 'drop', outline },
    markup: `${defs(
      linear(
        `${id}-body`,
        [
          [0, darken(color, 0.16)],
          [0.22, lighten(color, 0.08)],
          [0.5, color],
          [0.78, lighten(color, 0.05)],
          [1, darken(color, 0.18)],
        ],
        [0, 0, 1, 0],
      ),
    )}
      <path d="${outline}" fill="url(#${id}-body)" stroke="${darken(color, 0.35)}" stroke-width="5" stroke-linejoin="round"/>
      <path d="M 330 70 C 400 96 600 96 670 70 C 640 162 360 162 330 70 Z" fill="${darken(color, 0.38)}"/>
      <path d="${neckline}" fill="none" stroke="${darken(color, 0.12)}" stroke-width="26"/>
      ${stitch('M 322 96 C 370 186 630 186 678 96', lighten(color, 0.35), 4)}
      ${stitch('M 962 300 L 852 405', lighten(color, 0.35), 4)}
      ${stitch('M 38 300 L 148 405', lighten(color, 0.35), 4)}
      ${stitch('M 206 906 C 400 922 600 922 794 906', lighten(color, 0.35), 4)}
      <path d="M 790 350 C 760 420 740 520 744 600" fill="none" stroke="${darken(color, 0.3)}" stroke-width="10" stroke-linecap="round" opacity="0.35"/>
      <path d="M 210 350 C 240 420 260 520 256 600" fill="none" stroke="${darken(color, 0.3)}" stroke-width="10" stroke-linecap="round" opacity="0.35"/>
      <circle cx="500" cy="400" r="110" fill="${accent}"/>
      <circle cx="500" cy="400" r="110" fill="none" stroke="${lighten(accent, 0.6)}" stroke-width="8"/>
      <path d="M 410 450 L 470 360 L 510 410 L 545 370 L 595 450 Z" fill="${lighten(accent, 0.75)}"/>
      <circle cx="545" cy="335" r="20" fill="${lighten(accent, 0.75)}"/>`,
  };
};

/** Summer dress with a belt and polka dots, on a wooden hanger. */
export const dress: DrawProduct = ({ color, accent }, id) => {
  const outline =
    'M 218 300 L 240 188 L 264 188 L 286 292 C 316 350 384 350 414 292 L 436 188 L 460 188 ' +
    'L 482 300 C 488 350 474 398 462 440 C 530 600 624 820 682 962 ' +
    'C 622 988 560 962 500 988 C 440 1004 400 976 350 992 C 300 1004 252 976 200 990 ' +
    'C 140 1004 80 978 18 962 C 76 820 170 600 238 440 C 226 398 212 350 218 300 Z';
  const folds = [
    'M 300 470 C 270 620 220 800 170 985',
    'M 350 470 C 350 640 350 820 352 990',
    'M 400 470 C 430 620 480 800 530 985',
  ]
    .map(
      (d) =>
        `<path d="${d}" fill="none" stroke="${darken(color, 0.35)}" stroke-width="12" opacity="0.25" stroke-linecap="round"/>`,
    )
    .join('');
  return {
    width: 700,
    height: 1010,
    shadow: { kind: 'drop', outline },
    markup: `${defs(
      linear(
        `${id}-body`,
        [
          [0, darken(color, 0.2)],
          [0.3, lighten(color, 0.1)],
          [0.65, color],
          [1, darken(color, 0.25)],
        ],
        [0, 0, 1, 0],
      ),
      `<pattern id="${id}-dots" width="60" height="60" patternUnits="userSpaceOnUse"><circle cx="15" cy="15" r="7" fill="${lighten(color, 0.8)}"/><circle cx="45" cy="45" r="7" fill="${lighten(color, 0.8)}"/></pattern>`,
      `<clipPath id="${id}-clip"><path d="${outline}"/></clipPath>`,
      linear(`${id}-wood`, [
        [0, '#d9a86c'],
        [1, '#9c6a36'],
      ]),
    )}
      <path d="M 350 112 L 350 58 C 350 20 398 18 398 52" fill="none" stroke="#8a8f96" stroke-width="10" stroke-linecap="round"/>
      <path d="M 350 104 L 126 190 C 112 196 116 212 132 212 L 568 212 C 584 212 588 196 574 190 Z" fill="url(#${id}-wood)" stroke="#7a5028" stroke-width="4" stroke-linejoin="round"/>
      <path d="${outline}" fill="url(#${id}-body)"/>
      <g clip-path="url(#${id}-clip)">
        <rect width="700" height="1010" fill="url(#${id}-dots)"/>
        ${folds}
        <path d="M 286 292 C 316 350 384 350 414 292" fill="none" stroke="${darken(color, 0.3)}" stroke-width="14"/>
      </g>
      <path d="${outline}" fill="none" stroke="${darken(color, 0.4)}" stroke-width="5" stroke-linejoin="round"/>
      <path d="M 232 420 C 300 436 400 436 470 420 L 466 468 C 400 482 300 482 234 468 Z" fill="${accent}" stroke="${darken(accent, 0.3)}" stroke-width="4"/>
      <rect x="330" y="420" width="40" height="56" rx="6" fill="none" stroke="#e3c46b" stroke-width="8"/>`,
  };
};

/** Six-panel baseball cap in three-quarter view, bill to the right. */
export const cap: DrawProduct = ({ color, accent }, id) => {
  const crown =
    'M 120 470 C 96 250 280 92 480 92 C 690 92 806 240 802 452 C 600 512 330 518 120 470 Z';
  return {
    width: 1000,
    height: 580,
    shadow: { kind: 'floor' },
    markup: `${defs(
      linear(
        `${id}-crown`,
        [
          [0, lighten(color, 0.25)],
          [0.55, color],
          [1, darken(color, 0.3)],
        ],
        [0.2, 0, 0.8, 1],
      ),
      linear(`${id}-bill`, [
        [0, lighten(color, 0.1)],
        [1, darken(color, 0.35)],
      ]),
    )}
      <path d="${crown}" fill="url(#${id}-crown)" stroke="${darken(color, 0.45)}" stroke-width="6" stroke-linejoin="round"/>
      <path d="M 480 94 C 400 200 350 350 340 500" fill="none" stroke="${darken(color, 0.35)}" stroke-width="5"/>
      <path d="M 480 94 C 560 200 620 330 640 492" fill="none" stroke="${darken(color, 0.35)}" stroke-width="5"/>
      <path d="M 480 94 C 320 150 200 280 160 410" fill="none" stroke="${darken(color, 0.35)}" stroke-width="5"/>
      ${stitch('M 470 110 C 392 210 344 350 332 496', lighten(color, 0.4), 3)}
      ${stitch('M 490 110 C 570 210 628 330 650 490', lighten(color, 0.4), 3)}
      <ellipse cx="480" cy="90" rx="34" ry="14" fill="${darken(color, 0.2)}" stroke="${darken(color, 0.45)}" stroke-width="4"/>
      <circle cx="560" cy="230" r="10" fill="${darken(color, 0.5)}"/>
      <circle cx="300" cy="260" r="10" fill="${darken(color, 0.5)}"/>
      <path d="M 662 250 C 700 238 736 246 758 266 L 770 350 C 740 338 702 336 670 346 Z" fill="${accent}" stroke="${darken(accent, 0.3)}" stroke-width="4"/>
      <path d="M 120 470 C 330 518 600 512 802 452 L 806 476 C 600 538 320 544 122 494 Z" fill="${darken(color, 0.35)}"/>
      <path d="M 620 448 C 760 384 940 396 994 452 C 1004 478 990 500 960 512 C 880 540 740 530 620 488 Z" fill="${darken(color, 0.55)}"/>
      <path d="M 620 448 C 760 384 940 396 994 452 C 990 480 940 496 880 500 C 780 506 690 490 620 470 Z" fill="url(#${id}-bill)" stroke="${darken(color, 0.5)}" stroke-width="6" stroke-linejoin="round"/>
      ${stitch('M 660 452 C 780 410 920 416 970 456', lighten(color, 0.4), 3)}
      ${stitch('M 680 466 C 790 436 900 440 950 470', lighten(color, 0.4), 3)}`,
  };
};
