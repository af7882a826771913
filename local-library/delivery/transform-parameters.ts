import {
  ANCHORS,
  CROP_MODES,
  CROPS,
  FORMATS,
  TransformError,
  type CropMode,
  type CropStrategy,
  type Focus,
  type RequestedFormat,
  type TransformStep,
} from './transform-step.ts';
import {
  parseAspectRatio,
  parseColour,
  parseDpr,
  parseFlag,
  parseFlip,
  parseLength,
  parsePosition,
  parseRadius,
  parseRotation,
  parseWhole,
} from './transform-values.ts';

type Setter = (step: TransformStep, param: string, value: string) => void;

const FOCUSES: readonly string[] = [...ANCHORS, 'custom', 'auto', 'face'];

function oneOf<T extends string>(kind: string, prefix: string, allowed: readonly T[]) {
  return (param: string, value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new TransformError(
      `Unsupported ${kind} "${param}". Supported: ${allowed.map((v) => `${prefix}-${v}`).join(', ')}.`,
    );
  };
}

const crop = oneOf<CropStrategy>('crop', 'c', CROPS);
const cropMode = oneOf<CropMode>('crop mode', 'cm', CROP_MODES);
const format = oneOf<RequestedFormat>('format', 'f', FORMATS);

function focus(param: string, value: string): Focus {
  if (FOCUSES.includes(value)) return value as Focus;
  // Any other lower-case word is one of ImageKit's object-aware focus values (fo-car, fo-dog…).
  if (/^[a-z][A-Za-z]{1,20}$/.test(value)) {
    throw new TransformError(
      `"${param}" is not supported by the local library: object-aware focus needs ImageKit. Supported: ${FOCUSES.map((v) => `fo-${v}`).join(', ')}.`,
    );
  }
  throw new TransformError(`Invalid "${param}": use one of ${FOCUSES.join(', ')}.`);
}

/** Every parameter the local library renders, by the key before the first "-". */
export const SETTERS: Record<string, Setter> = {
  w: (s, p, v) => (s.width = parseLength(p, v)),
  h: (s, p, v) => (s.height = parseLength(p, v)),
  ar: (s, p, v) => (s.aspectRatio = parseAspectRatio(p, v)),
  dpr: (s, p, v) => (s.dpr = parseDpr(p, v)),
  c: (s, p, v) => (s.crop = crop(p, v)),
  cm: (s, p, v) => (s.cropMode = cropMode(p, v)),
  fo: (s, p, v) => (s.focus = focus(p, v)),
  x: (s, p, v) => (s.x = parsePosition(p, v)),
  y: (s, p, v) => (s.y = parsePosition(p, v)),
  xc: (s, p, v) => (s.xc = parsePosition(p, v)),
  yc: (s, p, v) => (s.yc = parsePosition(p, v)),
  bg: (s, p, v) => (s.background = parseColour(p, v)),
  q: (s, p, v) => (s.quality = parseWhole(p, v, 1, 100)),
  f: (s, p, v) => (s.format = format(p, v)),
  lo: (s, p, v) => (s.lossless = parseFlag(p, v)),
  pr: (s, p, v) => (s.progressive = parseFlag(p, v)),
  orig: (s, p, v) => (s.original = parseFlag(p, v)),
  bl: (s, p, v) => (s.blur = parseWhole(p, v, 1, 100)),
  rt: (s, p, v) => (s.rotation = parseRotation(p, v)),
  fl: (s, p, v) => (s.flip = parseFlip(p, v)),
  r: (s, p, v) => (s.radius = parseRadius(p, v)),
  e: (s, p, v) => {
    if (v !== 'grayscale') throw notRendered(p);
    s.grayscale = true;
  },
};

/** ImageKit parameters the local library knows of but does not render (overlays, AI, video…). */
const NOT_RENDERED = new Set(
  (
    'b o t z cp md di pg l lm lx ly lxc lyc lap lfo lso leo ldu i ie fs ff co ia pa al tg lh fol ' +
    'fsh cr dn so eo du vc ac sr raw ik'
  ).split(' '),
);

export function isNotRendered(key: string): boolean {
  return NOT_RENDERED.has(key);
}

export function notRendered(param: string): TransformError {
  return new TransformError(
    `"${param}" is an ImageKit transformation the local library does not render. Supported: ${Object.keys(SETTERS).join(', ')} and n.`,
  );
}
