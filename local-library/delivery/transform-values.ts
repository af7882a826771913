import {
  MAX_OUTPUT_SIDE,
  MAX_POSITION,
  TransformError,
  type Colour,
  type Flip,
  type Length,
  type Rotation,
} from './transform-step.ts';

// Numbers are matched as plain digits before conversion, so signs, exponents, hex, NaN and
// Infinity never reach Number().
const DIGITS = /^\d{1,9}$/;
const DECIMAL = /^\d{0,4}(?:\.\d{1,6})?$/;

function invalid(param: string, rule: string): TransformError {
  return new TransformError(`Invalid "${param}": ${rule}.`);
}

/** An integer from `min` to `max`, written as digits only. */
export function parseWhole(param: string, value: string, min: number, max: number): number {
  if (DIGITS.test(value)) {
    const number = Number(value);
    if (number >= min && number <= max) return number;
  }
  throw invalid(param, `use a whole number from ${min} to ${max}`);
}

/** `w` and `h`: whole pixels from 1, or a fraction between 0 and 1 of the step's input. */
export function parseLength(param: string, value: string): Length {
  if (DIGITS.test(value)) {
    const px = Number(value);
    if (px >= 1 && px <= MAX_OUTPUT_SIDE) return { kind: 'px', value: px };
  } else if (/^0?\.\d{1,6}$/.test(value) && Number(value) > 0) {
    return { kind: 'fraction', value: Number(value) };
  }
  if (/^(auto|[a-z]{1,3}_)/.test(value)) {
    throw new TransformError(
      `"${param}" is not supported by the local library: use pixels or a fraction, not client hints or arithmetic expressions.`,
    );
  }
  throw invalid(
    param,
    `use whole pixels from 1 to ${MAX_OUTPUT_SIDE}, or a fraction between 0 and 1`,
  );
}

export function parsePosition(param: string, value: string): number {
  return parseWhole(param, value, 0, MAX_POSITION);
}

/** `ar-4-3` (as documented) or `ar-4_3` (as the SDK's types suggest): width / height. */
export function parseAspectRatio(param: string, value: string): number {
  const parts = value.split(/[-_]/);
  if (parts.length === 2 && parts.every((part) => part !== '' && DECIMAL.test(part))) {
    const [width, height] = parts.map(Number) as [number, number];
    if (width > 0 && height > 0 && width / height <= 100 && height / width <= 100) {
      return width / height;
    }
  }
  throw invalid(param, 'use ar-<width>-<height> with positive numbers, e.g. ar-4-3');
}

/** `dpr-0.1` to `dpr-5`, as documented. */
export function parseDpr(param: string, value: string): number {
  if (value !== '' && DECIMAL.test(value)) {
    const dpr = Number(value);
    if (dpr >= 0.1 && dpr <= 5) return dpr;
  }
  if (value === 'auto') {
    throw new TransformError('"dpr-auto" is not supported by the local library: give a number.');
  }
  throw invalid(param, 'use a number from 0.1 to 5');
}

/** `RRGGBB`, or `RRGGBBAA` where AA is an opacity from 00 to 99 as ImageKit defines it. */
export function parseColour(param: string, value: string): Colour {
  const match = /^([0-9a-f]{6})([0-9]{2})?$/i.exec(value);
  if (!match) {
    throw invalid(
      param,
      'the local library takes a hex colour RRGGBB or RRGGBBAA (AA an opacity 00–99)',
    );
  }
  const hex = match[1]!;
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  const alpha = match[2] === undefined ? 1 : Number(match[2]) / 99;
  return { r: channel(0), g: channel(2), b: channel(4), alpha };
}

export function parseFlag(param: string, value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalid(param, 'use true or false');
}

/** Multiples of 90°; `N` turns counter-clockwise. `auto` is a no-op: originals are upright. */
export function parseRotation(param: string, value: string): Rotation {
  if (value === 'auto') return 0;
  const match = /^(N?)(\d{1,4})$/.exec(value);
  const degrees = match ? Number(match[2]) : NaN;
  if (!match || degrees % 90 !== 0 || degrees > 360) {
    throw invalid(
      param,
      'the local library rotates by 0, 90, 180, 270 or 360 (N for counter-clockwise), or auto',
    );
  }
  const clockwise = match[1] === 'N' ? 360 - degrees : degrees;
  return (clockwise % 360) as Rotation;
}

export function parseFlip(param: string, value: string): Flip {
  if (value === 'h' || value === 'v') return value;
  if (value === 'h_v' || value === 'v_h') return 'h_v';
  throw invalid(param, 'use h, v, h_v or v_h');
}

export function parseRadius(param: string, value: string): number | 'max' {
  if (value === 'max') return 'max';
  if (/^\d{1,9}(_\d{1,9}){3}$/.test(value)) {
    throw new TransformError(
      `"${param}" is not supported by the local library: give one radius for all corners, or max.`,
    );
  }
  return parseWhole(param, value, 1, MAX_OUTPUT_SIDE);
}
