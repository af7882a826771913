import { badRequest } from '../library-error.ts';
import type { FieldSet } from './custom-field.ts';
import { checkFieldValue } from './field-values.ts';

export const INVALID_CUSTOM_METADATA = 'Invalid custom metadata.';

/**
 * Applies a `customMetadata` object to a file's current values, as update and upload do: keys
 * must be live custom metadata fields, values must fit their field, null removes a key. Required
 * fields left without a value get their default. Fails as a whole with 400 "Invalid custom
 * metadata." and an `errors` object naming each field and what is wrong with it.
 */
export function applyCustomMetadata(
  current: Readonly<Record<string, unknown>>,
  change: unknown,
  fields: FieldSet,
): Record<string, unknown> {
  if (typeof change !== 'object' || change === null || Array.isArray(change)) {
    throw badRequest(INVALID_CUSTOM_METADATA, {
      errors: { customMetadata: 'It should be an object of field names and values.' },
    });
  }
  // No prototype: field names come from the request and may be "__proto__".
  const errors = Object.create(null) as Record<string, string>;
  // A Map, so that a key such as "__proto__" stays an ordinary key.
  const merged = new Map(Object.entries(current));
  for (const [key, value] of Object.entries(change)) {
    const field = fields.get(key);
    if (!field) {
      errors[key] = `No custom metadata field named "${key}" exists; create it first.`;
    } else if (value === null) {
      if (field.rules.isValueRequired) errors[key] = 'A value is required; it cannot be removed.';
      merged.delete(key);
    } else {
      const check = checkFieldValue(field, value);
      if (check.ok) merged.set(key, check.value);
      else errors[key] = check.problem;
    }
  }
  for (const field of fields.values()) {
    if (!field.rules.isValueRequired || merged.has(field.name) || field.name in errors) continue;
    if (field.rules.defaultValue === undefined) errors[field.name] = 'A value is required.';
    else merged.set(field.name, field.rules.defaultValue);
  }
  if (Object.keys(errors).length > 0) throw badRequest(INVALID_CUSTOM_METADATA, { errors });
  return Object.fromEntries(merged);
}
