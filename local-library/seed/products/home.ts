import { darken, lighten } from '../color.ts';
import type { DrawProduct } from '../svg-kit.ts';
import { cylinder, defs, linear, metal, r1, radial, topLit } from '../svg-kit.ts';

/** Ceramic mug with a handle, a coloured band and coffee inside. */
export const mug: DrawProduct = ({ color, accent }, id) => ({
  width: 800,
  height: 720,
  shadow: { kind: 'floor', footprint: [0.08, 0.92] },
  markup: `${defs(
    cylinder(`${id}-body`, color),
    cylinder(`${id}-band`, accent),
    radial(
      `${id}-coffee`,
      [
        [0, '#6b4226'],
        [1, '#2e1a0e'],
      ],
      { cy: 0.4 },
    ),
  )}
    <path d="M 556 214 C 736 196 742 500 556 482" fill="none" stroke="${darken(color, 0.35)}" stroke-width="66" stroke-linecap="round"/>
    <path d="M 556 214 C 736 196 742 500 556 482" fill="none" stroke="${lighten(color, 0.1)}" stroke-width="44" stroke-linecap="round"/>
    <path d="M 100 120 L 100 580 C 100 660 180 690 330 690 C 480 690 560 660 560 580 L 560 120 Z" fill="url(#${id}-body)" stroke="${darken(color, 0.4)}" stroke-width="5"/>
    <path d="M 100 330 Q 330 392 560 330 L 560 388 Q 330 450 100 388 Z" fill="url(#${id}-band)"/>
    <ellipse cx="330" cy="120" rx="230" ry="42" fill="${lighten(color, 0.35)}" stroke="${darken(color, 0.4)}" stroke-width="5"/>
    <ellipse cx="330" cy="124" rx="204" ry="32" fill="url(#${id}-coffee)"/>
    <path d="M 150 180 L 150 560" stroke="#ffffff" stroke-width="18" stroke-linecap="round" opacity="0.3"/>`,
});

/** Insulated water bottle with a carry-loop cap and a label band. */
export const bottle: DrawProduct = ({ color, accent }, id) => {
  const ridges = Array.from({ length: 9 }, (_, i) => {
    const x = 118 + i * 15;
    return `<line x1="${x}" y1="78" x2="${x}" y2="150" stroke="${darken(accent, 0.4)}" stroke-width="4" opacity="0.6"/>`;
  }).join('');
  return {
    width: 360,
    height: 1000,
    shadow: { kind: 'floor' },
    markup: `${defs(cylinder(`${id}-body`, color), cylinder(`${id}-cap`, accent), cylinder(`${id}-band`, lighten(color, 0.75)))}
      <path d="M 150 78 L 150 40 C 150 6 210 6 210 40 L 210 78" fill="none" stroke="${darken(accent, 0.3)}" stroke-width="20"/>
      <rect x="106" y="70" width="148" height="90" rx="16" fill="url(#${id}-cap)" stroke="${darken(accent, 0.45)}" stroke-width="4"/>
      ${ridges}
      <rect x="122" y="158" width="116" height="34" fill="${darken(color, 0.3)}"/>
      <path d="M 122 190 C 60 216 40 262 40 320 L 40 940 C 40 976 70 996 110 996 L 250 996 C 290 996 320 976 320 940 L 320 320 C 320 262 300 216 238 190 Z" fill="url(#${id}-body)" stroke="${darken(color, 0.45)}" stroke-width="5"/>
      <path d="M 40 520 Q 180 540 320 520 L 320 700 Q 180 720 40 700 Z" fill="url(#${id}-band)"/>
      <path d="M 150 580 L 180 640 L 210 580" fill="none" stroke="${color}" stroke-width="12" stroke-linejoin="round"/>
      <path d="M 86 300 L 86 920" stroke="#ffffff" stroke-width="16" stroke-linecap="round" opacity="0.35"/>`,
  };
};

/** Articulated desk lamp: round base, two arms with springs, conical shade with a lit bulb. */
export const deskLamp: DrawProduct = ({ color, accent }, id) => {
  const spring = (x1: number, y1: number, x2: number, y2: number) => {
    const coils = 10;
    const points = Array.from({ length: coils + 1 }, (_, i) => {
      const t = i / coils;
      const side = i % 2 === 0 ? -1 : 1;
      const nx = -(y2 - y1);
      const ny = x2 - x1;
      const len = Math.hypot(nx, ny);
      return `${r1(x1 + (x2 - x1) * t + (side * 12 * nx) / len)} ${r1(y1 + (y2 - y1) * t + (side * 12 * ny) / len)}`;
    });
    return `<polyline points="${points.join(' ')}" fill="none" stroke="#8a8f96" stroke-width="5"/>`;
  };
  const joint = (x: number, y: number) =>
    `<circle cx="${x}" cy="${y}" r="24" fill="url(#${id}-metal)" stroke="${darken(color, 0.5)}" stroke-width="4"/>`;
  return {
    width: 900,
    height: 1000,
    shadow: { kind: 'floor', footprint: [0.05, 0.5] },
    markup: `${defs(
      topLit(`${id}-shade`, color, 0.35),
      metal(`${id}-metal`, '#aeb4bb'),
      radial(`${id}-glow`, [
        [0, '#fff8d6'],
        [0.5, '#ffe27a'],
        [1, '#ffe27a', 0],
      ]),
      linear(`${id}-base`, [
        [0, lighten(color, 0.2)],
        [1, darken(color, 0.4)],
      ]),
    )}
      <path d="M 60 912 L 60 940 C 60 966 140 986 250 986 C 360 986 440 966 440 940 L 440 912 Z" fill="${darken(color, 0.45)}"/>
      <ellipse cx="250" cy="912" rx="190" ry="46" fill="url(#${id}-base)" stroke="${darken(color, 0.5)}" stroke-width="4"/>
      <line x1="250" y1="900" x2="400" y2="480" stroke="${darken(color, 0.2)}" stroke-width="26" stroke-linecap="round"/>
      ${spring(280, 860, 410, 520)}
      <line x1="400" y1="480" x2="640" y2="290" stroke="${darken(color, 0.2)}" stroke-width="26" stroke-linecap="round"/>
      ${spring(420, 520, 640, 340)}
      ${joint(250, 890)}${joint(400, 480)}
      <ellipse cx="760" cy="530" rx="260" ry="120" fill="url(#${id}-glow)" transform="rotate(-28 760 530)" opacity="0.7"/>
      <path d="M 610 300 C 610 240 680 200 730 226 L 882 470 C 840 528 700 574 624 530 Z" fill="url(#${id}-shade)" stroke="${darken(color, 0.45)}" stroke-width="5" stroke-linejoin="round"/>
      <ellipse cx="753" cy="500" rx="146" ry="46" transform="rotate(-20 753 500)" fill="#fff3c4" stroke="${darken(color, 0.45)}" stroke-width="5"/>
      <circle cx="750" cy="494" r="40" fill="#fffdf0"/>
      ${joint(640, 290)}
      <path d="M 660 256 C 690 236 720 236 730 250" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" opacity="0.35"/>
      <circle cx="150" cy="902" r="16" fill="${accent}"/>`,
  };
};

/** Wooden dining chair with a curved top rail and three spindles. */
export const chair: DrawProduct = ({ color, accent }, id) => {
  const wood = `url(#${id}-wood)`;
  const edge = darken(color, 0.45);
  const spindles = [270, 350, 430]
    .map(
      (x) =>
        `<rect x="${x - 12}" y="170" width="24" height="380" rx="10" fill="${wood}" stroke="${edge}" stroke-width="3"/>`,
    )
    .join('');
  return {
    width: 700,
    height: 1000,
    shadow: { kind: 'floor' },
    markup: `${defs(
      linear(
        `${id}-wood`,
        [
          [0, darken(color, 0.15)],
          [0.4, lighten(color, 0.15)],
          [1, darken(color, 0.2)],
        ],
        [0, 0, 1, 0],
      ),
      topLit(`${id}-seat`, accent, 0.2),
    )}
      <path d="M 180 640 L 196 930 L 220 930 L 214 640 Z M 486 640 L 480 930 L 504 930 L 520 640 Z" fill="${darken(color, 0.3)}"/>
      <rect x="150" y="90" width="40" height="520" rx="12" fill="${wood}" stroke="${edge}" stroke-width="4"/>
      <rect x="510" y="90" width="40" height="520" rx="12" fill="${wood}" stroke="${edge}" stroke-width="4"/>
      ${spindles}
      <path d="M 130 100 C 250 60 450 60 570 100 L 570 170 C 450 134 250 134 130 170 Z" fill="${wood}" stroke="${edge}" stroke-width="4"/>
      <path d="M 110 560 L 590 560 L 640 660 L 60 660 Z" fill="url(#${id}-seat)" stroke="${darken(accent, 0.4)}" stroke-width="4" stroke-linejoin="round"/>
      <path d="M 60 660 L 640 660 L 640 700 L 60 700 Z" fill="${darken(color, 0.2)}" stroke="${edge}" stroke-width="4"/>
      <path d="M 76 700 L 118 700 L 110 990 L 86 990 Z M 582 700 L 624 700 L 614 990 L 590 990 Z" fill="${wood}" stroke="${edge}" stroke-width="4"/>
      <rect x="110" y="860" width="480" height="22" rx="8" fill="${darken(color, 0.1)}" stroke="${edge}" stroke-width="3"/>
      <path d="M 180 600 C 300 580 420 580 540 600" fill="none" stroke="#ffffff" stroke-width="10" opacity="0.25" stroke-linecap="round"/>`,
  };
};

/** Leafy house plant in a terracotta pot. */
export const pottedPlant: DrawProduct = ({ color, accent }, id) => {
  const leaves = [
    [-64, 380, 150],
    [-40, 470, 170],
    [-16, 540, 180],
    [10, 520, 175],
    [34, 480, 170],
    [58, 400, 150],
    [-86, 280, 120],
    [80, 300, 125],
  ]
    .map(([angle, length, width], i) => {
      const l = length ?? 0;
      const w = (width ?? 0) / 2;
      const shade = i % 2 === 0 ? color : darken(color, 0.18);
      return (
        `<g transform="translate(450 610) rotate(${angle})">` +
        `<path d="M 0 0 C ${w} ${-l * 0.3} ${w} ${-l * 0.75} 0 ${-l} C ${-w} ${-l * 0.75} ${-w} ${-l * 0.3} 0 0 Z" fill="${shade}" stroke="${darken(color, 0.4)}" stroke-width="4"/>` +
        `<path d="M 0 0 L 0 ${-l * 0.95}" stroke="${lighten(color, 0.35)}" stroke-width="5"/></g>`
      );
    })
    .join('');
  return {
    width: 900,
    height: 1000,
    shadow: { kind: 'floor', footprint: [0.26, 0.74] },
    markup: `${defs(cylinder(`${id}-pot`, accent), cylinder(`${id}-rim`, lighten(accent, 0.1)))}
      ${leaves}
      <path d="M 270 650 L 630 650 L 590 972 C 588 986 576 996 560 996 L 340 996 C 324 996 312 986 310 972 Z" fill="url(#${id}-pot)" stroke="${darken(accent, 0.4)}" stroke-width="5"/>
      <rect x="250" y="600" width="400" height="74" rx="10" fill="url(#${id}-rim)" stroke="${darken(accent, 0.4)}" stroke-width="5"/>
      <ellipse cx="450" cy="604" rx="196" ry="14" fill="#3b2618"/>`,
  };
};
