import { describe, expect, it } from 'vitest';
import type { FieldRules, FieldSet, FieldType } from './custom-field.ts';
import { applyCustomMetadata } from './metadata-change.ts';

function field(name: string, type: FieldType, rules: FieldRules = {}) {
  return [name, { name, type, rules }] as const;
}

const FIELDS: FieldSet = new Map([
  field('brand', 'Text', { minLength: 2, maxLength: 10 }),
  field('notes', 'Textarea'),
  field('price', 'Number', { minValue: 0, maxValue: 100 }),
  field('launch', 'Date', { minValue: '2020-01-01', maxValue: '2030-12-31' }),
  field('active', 'Boolean'),
  field('fit', 'SingleSelect', { selectOptions: ['slim', 'wide', 42] }),
  field('colors', 'MultiSelect', { selectOptions: ['red', 'blue', true] }),
]);

const REQUIRED: FieldSet = new Map([
  ...FIELDS,
  field('status', 'SingleSelect', {
    selectOptions: ['draft', 'live'],
    isValueRequired: true,
    defaultValue: 'draft',
  }),
]);

describe('applyCustomMetadata, when every value fits', () => {
  const cases: [string, Record<string, unknown>, unknown, Record<string, unknown>][] = [
    ['sets text', {}, { brand: 'Nike' }, { brand: 'Nike' }],
    ['keeps other keys', { price: 5 }, { brand: 'Nike' }, { price: 5, brand: 'Nike' }],
    ['removes with null', { brand: 'Nike', price: 5 }, { brand: null }, { price: 5 }],
    ['takes numbers at the bounds', {}, { price: 0 }, { price: 0 }],
    ['takes a fractional number', {}, { price: 99.5 }, { price: 99.5 }],
    [
      'stores dates in canonical form',
      {},
      { launch: '2024-05-01' },
      { launch: '2024-05-01T00:00:00.000Z' },
    ],
    [
      'converts a zoned date to UTC',
      {},
      { launch: '2024-05-01T02:00:00+02:00' },
      { launch: '2024-05-01T00:00:00.000Z' },
    ],
    ['sets booleans', {}, { active: false }, { active: false }],
    ['takes a select option of any type', {}, { fit: 42 }, { fit: 42 }],
    ['takes several options', {}, { colors: ['red', true] }, { colors: ['red', true] }],
    ['takes no options', {}, { colors: [] }, { colors: [] }],
    ['changes nothing with an empty object', { brand: 'Nike' }, {}, { brand: 'Nike' }],
  ];
  it.each(cases)('%s', (_name, current, change, expected) => {
    expect(applyCustomMetadata(current, change, FIELDS)).toEqual(expected);
  });

  it('gives required fields their default', () => {
    expect(applyCustomMetadata({}, { brand: 'Nike' }, REQUIRED)).toEqual({
      brand: 'Nike',
      status: 'draft',
    });
    expect(applyCustomMetadata({ status: 'live' }, {}, REQUIRED)).toEqual({ status: 'live' });
  });
});

describe('applyCustomMetadata, when a value does not fit', () => {
  const cases: [string, unknown, Record<string, string>][] = [
    [
      'an unknown field',
      { gender: 'x' },
      { gender: 'No custom metadata field named "gender" exists; create it first.' },
    ],
    ['text too short', { brand: 'N' }, { brand: 'It should have at least 2 characters.' }],
    [
      'text too long',
      { brand: 'N'.repeat(11) },
      { brand: 'It should have at most 10 characters.' },
    ],
    ['a number as text', { price: '5' }, { price: 'It should be a number.' }],
    ['a number too big', { price: 101 }, { price: 'It should be at most 100.' }],
    ['a negative number', { price: -1 }, { price: 'It should be at least 0.' }],
    [
      'a date that is not ISO',
      { launch: '01/05/2024' },
      { launch: 'It should be a date in ISO 8601 format, e.g. "2024-05-01".' },
    ],
    ['a date too early', { launch: '2019-12-31' }, { launch: 'It should be at least 2020-01-01.' }],
    ['a boolean as text', { active: 'true' }, { active: 'It should be true or false.' }],
    [
      'a value that is no option',
      { fit: 'tight' },
      { fit: 'It should be one of ["slim","wide",42].' },
    ],
    [
      'a single value for many',
      { colors: 'red' },
      { colors: 'It should be an array of values from ["red","blue",true].' },
    ],
    [
      'one bad option of many',
      { colors: ['red', 'green'] },
      { colors: 'It should be an array of values from ["red","blue",true].' },
    ],
    [
      'several problems at once',
      { brand: 1, price: 'x', extra: 1 },
      {
        brand: 'It should be a string.',
        price: 'It should be a number.',
        extra: 'No custom metadata field named "extra" exists; create it first.',
      },
    ],
  ];
  it.each(cases)('%s', (_name, change, errors) => {
    expect(() => applyCustomMetadata({}, change, FIELDS)).toThrow(
      expect.objectContaining({
        status: 400,
        message: 'Invalid custom metadata.',
        extra: { errors },
      }),
    );
  });

  it.each([null, [], 'brand=Nike'])('refuses %j as the whole value', (change) => {
    expect(() => applyCustomMetadata({}, change, FIELDS)).toThrow(
      expect.objectContaining({ message: 'Invalid custom metadata.' }),
    );
  });

  it('refuses to remove a required value', () => {
    expect(() => applyCustomMetadata({ status: 'live' }, { status: null }, REQUIRED)).toThrow(
      expect.objectContaining({
        extra: { errors: { status: 'A value is required; it cannot be removed.' } },
      }),
    );
  });
});
