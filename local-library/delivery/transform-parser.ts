import { isNotRendered, notRendered, SETTERS } from './transform-parameters.ts';
import {
  MAX_STEPS,
  MAX_TRANSFORMATION_LENGTH,
  TransformError,
  type TransformStep,
} from './transform-step.ts';

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

// Every character any supported parameter can contain; anything else (controls, NUL, spaces,
// slashes, quotes, non-ASCII) is refused before the text is split.
const ALPHABET = /^[A-Za-z0-9._,:-]*$/;

/** Parses ImageKit's `tr` value, e.g. `w-400,h-300,fo-custom:w-200`; "" gives no steps. */
export function parseTransformation(text: string): TransformStep[] {
  if (text === '') return [];
  if (text.length > MAX_TRANSFORMATION_LENGTH) {
    throw new TransformError(
      `The transformation is ${text.length} characters long; at most ${MAX_TRANSFORMATION_LENGTH} are accepted.`,
    );
  }
  if (!ALPHABET.test(text)) {
    const bad = [...text].find((char) => !ALPHABET.test(char))!;
    const code = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new TransformError(
      `The transformation contains a character that is not allowed (${code}); use letters, digits, ".", "_", "-", "," and ":".`,
    );
  }
  const steps = text.split(':');
  if (steps.length > MAX_STEPS) {
    throw new TransformError(`A transformation can chain at most ${MAX_STEPS} steps.`);
  }
  return steps.map(parseStep);
}

/** The steps of the path form and then those of the query form, as one chain. */
export function parseChain(pathText: string, queryText: string): TransformStep[] {
  const steps = [...parseTransformation(pathText), ...parseTransformation(queryText)];
  if (steps.length > MAX_STEPS) {
    throw new TransformError(`A transformation can chain at most ${MAX_STEPS} steps.`);
  }
  return steps;
}

function parseStep(text: string): TransformStep {
  if (text === '') throw new TransformError('A transformation step is empty (check for "::").');
  const params = text.split(',');
  const named = params.find((param) => param.startsWith('n-'));
  if (named !== undefined) return namedStep(named, params.length);
  const step: TransformStep = {};
  const seen = new Set<string>();
  for (const param of params) {
    if (param === '') throw new TransformError('A transformation step has an empty parameter.');
    const dash = param.indexOf('-');
    const key = dash > 0 ? param.slice(0, dash) : param;
    const value = dash > 0 ? param.slice(dash + 1) : '';
    const setter = Object.hasOwn(SETTERS, key) ? SETTERS[key] : undefined;
    if (!setter) {
      if (isNotRendered(key) || key === 'e') throw notRendered(param);
      throw new TransformError(
        `Unknown transformation parameter "${param}". Supported: ${Object.keys(SETTERS).join(', ')} and n.`,
      );
    }
    if (value === '') throw new TransformError(`The parameter "${param}" has no value.`);
    if (seen.has(key)) {
      throw new TransformError(`The parameter "${key}" appears twice in one step.`);
    }
    seen.add(key);
    setter(step, param, value);
  }
  return checkCombination(step);
}

function namedStep(named: string, paramCount: number): TransformStep {
  if (paramCount > 1) {
    throw new TransformError(`The named transformation "${named}" must be alone in its step.`);
  }
  const name = named.slice(2);
  const preset = Object.hasOwn(NAMED_TRANSFORMATIONS, name) ? NAMED_TRANSFORMATIONS[name] : null;
  if (!preset) {
    throw new TransformError(
      `Unknown named transformation "${named}". Known: ${Object.keys(NAMED_TRANSFORMATIONS)
        .map((known) => `n-${known}`)
        .join(', ')}.`,
    );
  }
  return { ...preset };
}

function checkCombination(step: TransformStep): TransformStep {
  if (step.crop && step.cropMode) {
    throw new TransformError('Use either c- or cm- in one step, not both.');
  }
  const positioned = [step.x, step.y, step.xc, step.yc].some((v) => v !== undefined);
  if (positioned && step.cropMode !== 'extract') {
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

/** One canonical text per meaning (keys sorted, presets expanded), for cache keys. */
export function canonicalTransformation(steps: readonly TransformStep[]): string {
  return JSON.stringify(steps, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}
