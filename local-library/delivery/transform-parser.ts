/** A width or height: whole pixels, or a fraction (0 < value < 1) of the step's input. */
export type Length = { kind: 'px'; value: number } | { kind: 'fraction'; value: number };

export type CropStrategy = 'maintain_ratio' | 'at_max' | 'at_least' | 'force';

/** One step of a transformation chain; steps are separated by ":" and apply in order. */
export interface TransformStep {
  width?: Length;
  height?: Length;
  crop?: CropStrategy;
  cropMode?: 'extract';
  x?: number;
  y?: number;
  xc?: number;
  yc?: number;
  focus?: 'custom' | 'center';
}

/** A transformation the library will not render; the message is sent to the requester as is. */
export class TransformError extends Error {
  override name = 'TransformError';
}

export const MAX_OUTPUT_SIDE = 5000;
const MAX_STEPS = 10;
const MAX_POSITION = 100_000;

/** `n-ik_ml_thumbnail` is what ImageKit's `thumbnail` URLs ask for; older responses use the other name. */
export const NAMED_TRANSFORMATIONS: Record<string, TransformStep> = {
  ik_ml_thumbnail: {
    width: { kind: 'px', value: 400 },
    height: { kind: 'px', value: 400 },
    crop: 'at_max',
  },
  media_library_thumbnail: {
    width: { kind: 'px', value: 400 },
    height: { kind: 'px', value: 400 },
    crop: 'at_max',
  },
};

const CROPS: readonly CropStrategy[] = ['maintain_ratio', 'at_max', 'at_least', 'force'];
const PARAMETER_ORDER = ['w', 'h', 'c', 'cm', 'x', 'y', 'xc', 'yc', 'fo'] as const;
type Parameter = (typeof PARAMETER_ORDER)[number];

/** Parses ImageKit's `tr` value, e.g. `w-400,h-300,fo-custom:w-200`; "" gives no steps. */
export function parseTransformation(text: string): TransformStep[] {
  if (text === '') return [];
  const steps = text.split(':');
  if (steps.length > MAX_STEPS) {
    throw new TransformError(`A transformation can chain at most ${MAX_STEPS} steps.`);
  }
  return steps.map(parseStep);
}

function parseStep(text: string): TransformStep {
  if (text === '') throw new TransformError('A transformation step is empty (check for "::").');
  const params = text.split(',');
  const named = params.find((param) => param.startsWith('n-'));
  if (named !== undefined) {
    if (params.length > 1) {
      throw new TransformError(`The named transformation "${named}" must be alone in its step.`);
    }
    const name = named.slice(2);
    const preset = Object.hasOwn(NAMED_TRANSFORMATIONS, name) ? NAMED_TRANSFORMATIONS[name] : null;
    if (!preset) {
      throw new TransformError(
        `Unknown named transformation "${named}". Known: ${Object.keys(NAMED_TRANSFORMATIONS)
          .map((name) => `n-${name}`)
          .join(', ')}.`,
      );
    }
    return { ...preset };
  }
  const step: TransformStep = {};
  const seen = new Set<string>();
  for (const param of params) {
    const dash = param.indexOf('-');
    const key = dash > 0 ? param.slice(0, dash) : param;
    const value = dash > 0 ? param.slice(dash + 1) : '';
    if (!(PARAMETER_ORDER as readonly string[]).includes(key)) {
      throw new TransformError(
        `Unknown transformation parameter "${param}". Supported: w, h, c, cm, x, y, xc, yc, fo and n.`,
      );
    }
    if (value === '') throw new TransformError(`The parameter "${param}" has no value.`);
    if (seen.has(key))
      throw new TransformError(`The parameter "${key}" appears twice in one step.`);
    seen.add(key);
    setParameter(step, key as Parameter, value);
  }
  return checkCombination(step);
}

function setParameter(step: TransformStep, key: Parameter, value: string): void {
  switch (key) {
    case 'w':
      step.width = parseLength(key, value);
      break;
    case 'h':
      step.height = parseLength(key, value);
      break;
    case 'c':
      if (!(CROPS as readonly string[]).includes(value)) {
        throw new TransformError(
          `Unsupported crop "c-${value}". Supported: ${CROPS.map((c) => `c-${c}`).join(', ')}.`,
        );
      }
      step.crop = value as CropStrategy;
      break;
    case 'cm':
      if (value !== 'extract') {
        throw new TransformError(`Unsupported crop mode "cm-${value}". Supported: cm-extract.`);
      }
      step.cropMode = 'extract';
      break;
    case 'fo':
      if (value !== 'custom' && value !== 'center') {
        throw new TransformError(
          `Unsupported focus "fo-${value}". Supported: fo-custom, fo-center.`,
        );
      }
      step.focus = value;
      break;
    default:
      step[key] = parsePosition(key, value);
  }
}

function parseLength(key: string, value: string): Length {
  if (/^\d+$/.test(value)) {
    const px = Number(value);
    if (px >= 1 && px <= MAX_OUTPUT_SIDE) return { kind: 'px', value: px };
  } else if (/^0?\.\d+$/.test(value) && Number(value) > 0) {
    return { kind: 'fraction', value: Number(value) };
  }
  throw new TransformError(
    `Invalid "${key}-${value}": use whole pixels from 1 to ${MAX_OUTPUT_SIDE}, or a fraction between 0 and 1.`,
  );
}

function parsePosition(key: string, value: string): number {
  if (/^\d+$/.test(value) && Number(value) <= MAX_POSITION) return Number(value);
  throw new TransformError(`Invalid "${key}-${value}": use a whole number of pixels from 0.`);
}

function checkCombination(step: TransformStep): TransformStep {
  if (step.crop && step.cropMode) {
    throw new TransformError('Use either c- or cm- in one step, not both.');
  }
  const positioned = [step.x, step.y, step.xc, step.yc].some((v) => v !== undefined);
  if (positioned && !step.cropMode) {
    throw new TransformError('x-, y-, xc- and yc- only apply together with cm-extract.');
  }
  if (
    (step.x !== undefined || step.y !== undefined) &&
    (step.xc !== undefined || step.yc !== undefined)
  ) {
    throw new TransformError('Use either x-/y- or xc-/yc- in one step, not both.');
  }
  return step;
}

/** One canonical text per meaning (fixed parameter order, presets expanded), for cache keys. */
export function formatTransformation(steps: readonly TransformStep[]): string {
  return steps
    .map((step) => {
      const values: Record<Parameter, string | number | undefined> = {
        w: step.width?.value,
        h: step.height?.value,
        c: step.crop,
        cm: step.cropMode,
        x: step.x,
        y: step.y,
        xc: step.xc,
        yc: step.yc,
        fo: step.focus,
      };
      return PARAMETER_ORDER.filter((key) => values[key] !== undefined)
        .map((key) => `${key}-${values[key]}`)
        .join(',');
    })
    .join(':');
}
