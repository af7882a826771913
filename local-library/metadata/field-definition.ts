import { badRequest } from '../library-error.ts';
import { parseIsoDate } from '../search/iso-date.ts';
import { FIELD_TYPES, type FieldRules, type FieldType, type SelectOption } from './custom-field.ts';
import { checkFieldValue } from './field-values.ts';
import { objectBody } from '../files/json-body.ts';

export interface NewField {
  name: string;
  label: string;
  type: FieldType;
  rules: FieldRules;
  description: string | null;
}

export interface FieldChange {
  label?: string;
  rules?: FieldRules;
  description?: string;
}

/** Field names become search keys ("customMetadata.<name>"), so they keep to a safe alphabet. */
const NAME_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_LABEL_LENGTH = 500;

/** Which schema rules each type of field takes, as the spec describes them. */
const RULES_BY_TYPE: Record<FieldType, readonly (keyof FieldRules)[]> = {
  Text: ['minLength', 'maxLength'],
  Textarea: ['minLength', 'maxLength'],
  Number: ['minValue', 'maxValue'],
  Date: ['minValue', 'maxValue'],
  Boolean: [],
  SingleSelect: ['selectOptions'],
  MultiSelect: ['selectOptions'],
};

/** The body of `POST /v1/customMetadataFields`. */
export function parseNewField(body: unknown): NewField {
  const fields = objectBody(body, ['name', 'label', 'schema', 'description']);
  if (fields.name === undefined) throw badRequest('Your request is missing name parameter.');
  if (typeof fields.name !== 'string' || !NAME_PATTERN.test(fields.name)) {
    throw badRequest(
      'Your request contains invalid name parameter. Use 1 to 100 letters, digits, "_" or "-".',
    );
  }
  if (fields.label === undefined) throw badRequest('Your request is missing label parameter.');
  if (fields.schema === undefined) throw badRequest('Your request is missing schema parameter.');
  const schema = schemaObject(fields.schema);
  if (!FIELD_TYPES.includes(schema.type as FieldType)) {
    throw invalidSchema(`type should be one of ${FIELD_TYPES.join(', ')}.`);
  }
  const type = schema.type as FieldType;
  return {
    name: fields.name,
    label: checkLabel(fields.label),
    type,
    rules: checkRules(type, schema),
    description: fields.description === undefined ? null : checkDescription(fields.description),
  };
}

/** The body of `PATCH /v1/customMetadataFields/:id`; `type` cannot change and is ignored. */
export function parseFieldChange(body: unknown, type: FieldType): FieldChange {
  if (typeof body === 'object' && body !== null && 'name' in body) {
    throw badRequest('Name cannot be updated.');
  }
  const fields = objectBody(body, ['label', 'schema', 'description']);
  if (fields.label === undefined && fields.schema === undefined) {
    throw badRequest('Either label or schema should be provided.');
  }
  const change: FieldChange = {};
  if (fields.label !== undefined) change.label = checkLabel(fields.label);
  if (fields.schema !== undefined) change.rules = checkRules(type, schemaObject(fields.schema));
  if (fields.description !== undefined) change.description = checkDescription(fields.description);
  return change;
}

/** The rules of a schema for `type`; they replace the field's rules as a whole. */
export function checkRules(type: FieldType, schema: Record<string, unknown>): FieldRules {
  const allowed = new Set<string>([
    'type',
    'isValueRequired',
    'defaultValue',
    ...RULES_BY_TYPE[type],
  ]);
  const stray = Object.keys(schema).find((key) => !allowed.has(key));
  if (stray !== undefined) throw invalidSchema(`${stray} does not apply to ${type} fields.`);
  const rules: FieldRules = {};
  if (schema.minLength !== undefined) rules.minLength = length(schema.minLength, 'minLength');
  if (schema.maxLength !== undefined) rules.maxLength = length(schema.maxLength, 'maxLength');
  if ((rules.minLength ?? 0) > (rules.maxLength ?? Infinity)) {
    throw invalidSchema('minLength cannot be greater than maxLength.');
  }
  if (schema.minValue !== undefined) rules.minValue = bound(type, schema.minValue, 'minValue');
  if (schema.maxValue !== undefined) rules.maxValue = bound(type, schema.maxValue, 'maxValue');
  if (rules.minValue !== undefined && rules.maxValue !== undefined) {
    const read = (value: string | number) =>
      typeof value === 'number' ? value : parseIsoDate(value)!.time;
    if (read(rules.minValue) > read(rules.maxValue)) {
      throw invalidSchema('minValue cannot be greater than maxValue.');
    }
  }
  if (type === 'SingleSelect' || type === 'MultiSelect') {
    rules.selectOptions = selectOptions(schema.selectOptions);
  }
  if (schema.isValueRequired !== undefined) {
    if (typeof schema.isValueRequired !== 'boolean') {
      throw invalidSchema('isValueRequired should be true or false.');
    }
    rules.isValueRequired = schema.isValueRequired;
  }
  if (schema.defaultValue !== undefined) {
    const check = checkFieldValue({ type, rules }, schema.defaultValue);
    if (!check.ok) throw invalidSchema(`defaultValue does not fit the field. ${check.problem}`);
    rules.defaultValue = check.value as FieldRules['defaultValue'];
  }
  if (rules.isValueRequired && rules.defaultValue === undefined) {
    throw invalidSchema('A field with isValueRequired needs a defaultValue.');
  }
  return rules;
}

function schemaObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidSchema('schema should be an object.');
  }
  return value as Record<string, unknown>;
}

function checkLabel(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_LABEL_LENGTH) {
    throw badRequest(
      `Your request contains invalid label parameter. It should be a non-empty string of at most ${MAX_LABEL_LENGTH} characters.`,
    );
  }
  return value;
}

function checkDescription(value: unknown): string {
  if (typeof value !== 'string') {
    throw badRequest('Your request contains invalid description parameter. It should be a string.');
  }
  return value;
}

function length(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidSchema(`${name} should be a whole number of at least 0.`);
  }
  return value;
}

function bound(type: FieldType, value: unknown, name: string): string | number {
  if (type === 'Number') {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw invalidSchema(`${name} should be a number.`);
  }
  if (typeof value === 'string' && parseIsoDate(value)) return value;
  throw invalidSchema(`${name} should be a date in ISO 8601 format.`);
}

function selectOptions(value: unknown): SelectOption[] {
  const isScalar = (item: unknown) => ['string', 'number', 'boolean'].includes(typeof item);
  if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) {
    throw invalidSchema(
      'selectOptions should be a non-empty array of strings, numbers or booleans.',
    );
  }
  if (new Set(value).size !== value.length) {
    throw invalidSchema('selectOptions cannot list a value twice.');
  }
  return value as SelectOption[];
}

function invalidSchema(detail: string) {
  return badRequest(`Invalid schema object. ${detail}`);
}
