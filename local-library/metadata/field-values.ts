import { parseIsoDate } from '../search/iso-date.ts';
import type { FieldRules, FieldType, SelectOption } from './custom-field.ts';

export type ValueCheck = { ok: true; value: unknown } | { ok: false; problem: string };

const ok = (value: unknown): ValueCheck => ({ ok: true, value });
const problem = (text: string): ValueCheck => ({ ok: false, problem: text });

/**
 * Checks one value against a field's type and rules. The value to store comes back: Date values
 * in canonical ISO form (`2024-05-01T00:00:00.000Z`), so that stored dates sort as time does.
 */
export function checkFieldValue(
  field: { type: FieldType; rules: FieldRules },
  value: unknown,
): ValueCheck {
  const { rules } = field;
  switch (field.type) {
    case 'Text':
    case 'Textarea':
      if (typeof value !== 'string') return problem('It should be a string.');
      if (rules.minLength !== undefined && value.length < rules.minLength) {
        return problem(`It should have at least ${rules.minLength} characters.`);
      }
      if (rules.maxLength !== undefined && value.length > rules.maxLength) {
        return problem(`It should have at most ${rules.maxLength} characters.`);
      }
      return ok(value);
    case 'Number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return problem('It should be a number.');
      }
      return inRange(value, value, rules, (bound) => Number(bound));
    case 'Date': {
      const date = typeof value === 'string' ? parseIsoDate(value) : null;
      if (!date || !isStorableYear(date.time)) {
        return problem('It should be a date in ISO 8601 format, e.g. "2024-05-01".');
      }
      const check = inRange(date.time, new Date(date.time).toISOString(), rules, dateBound);
      return check;
    }
    case 'Boolean':
      return typeof value === 'boolean' ? ok(value) : problem('It should be true or false.');
    case 'SingleSelect':
      return isOption(value, rules.selectOptions)
        ? ok(value)
        : problem(`It should be one of ${describeOptions(rules.selectOptions)}.`);
    case 'MultiSelect':
      if (!Array.isArray(value) || !value.every((item) => isOption(item, rules.selectOptions))) {
        return problem(
          `It should be an array of values from ${describeOptions(rules.selectOptions)}.`,
        );
      }
      return ok(value);
  }
}

function inRange(
  comparable: number,
  stored: unknown,
  rules: FieldRules,
  read: (bound: string | number) => number,
): ValueCheck {
  if (rules.minValue !== undefined && comparable < read(rules.minValue)) {
    return problem(`It should be at least ${String(rules.minValue)}.`);
  }
  if (rules.maxValue !== undefined && comparable > read(rules.maxValue)) {
    return problem(`It should be at most ${String(rules.maxValue)}.`);
  }
  return ok(stored);
}

function dateBound(bound: string | number): number {
  return typeof bound === 'number' ? bound : (parseIsoDate(bound)?.time ?? Number.NaN);
}

/** Four-digit years only: beyond them ISO strings stop sorting in time order. */
export function isStorableYear(time: number): boolean {
  const year = new Date(time).getUTCFullYear();
  return year >= 0 && year <= 9999;
}

export function isOption(value: unknown, options: readonly SelectOption[] = []): boolean {
  return options.some((option) => option === value);
}

function describeOptions(options: readonly SelectOption[] = []): string {
  return JSON.stringify(options);
}
