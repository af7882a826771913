import { describe, expect, it } from 'vitest';
import { checkRules, parseFieldChange, parseNewField } from './field-definition.ts';

describe('parseNewField, when the definition is valid', () => {
  const cases: [string, unknown, unknown][] = [
    [
      'a plain text field',
      { name: 'brand', label: 'Brand', schema: { type: 'Text' } },
      { name: 'brand', label: 'Brand', type: 'Text', rules: {}, description: null },
    ],
    [
      'text with lengths and a description',
      {
        name: 'sku',
        label: 'SKU',
        description: 'Stock unit',
        schema: { type: 'Textarea', minLength: 2, maxLength: 8 },
      },
      {
        name: 'sku',
        label: 'SKU',
        type: 'Textarea',
        rules: { minLength: 2, maxLength: 8 },
        description: 'Stock unit',
      },
    ],
    [
      'a required number with a default in range',
      {
        name: 'price',
        label: 'price',
        schema: {
          type: 'Number',
          minValue: 1000,
          maxValue: 3000,
          isValueRequired: true,
          defaultValue: 1500,
        },
      },
      {
        type: 'Number',
        rules: { minValue: 1000, maxValue: 3000, isValueRequired: true, defaultValue: 1500 },
      },
    ],
    [
      'a date whose default is stored in canonical form',
      {
        name: 'launch',
        label: 'Launch',
        schema: { type: 'Date', minValue: '2020-01-01', defaultValue: '2024-05-01' },
      },
      { rules: { minValue: '2020-01-01', defaultValue: '2024-05-01T00:00:00.000Z' } },
    ],
    [
      'a multi-select with mixed options',
      {
        name: 'sizes',
        label: 'Sizes',
        schema: { type: 'MultiSelect', selectOptions: ['S', 40, true], defaultValue: ['S', 40] },
      },
      { rules: { selectOptions: ['S', 40, true], defaultValue: ['S', 40] } },
    ],
    [
      'a boolean with a default',
      { name: 'active', label: 'Active', schema: { type: 'Boolean', defaultValue: false } },
      { rules: { defaultValue: false } },
    ],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(parseNewField(body)).toMatchObject(expected as object);
  });
});

describe('parseNewField, when the definition is invalid', () => {
  const cases: [string, unknown, string][] = [
    ['not an object', 'brand', 'Your request body should be a JSON object.'],
    [
      'no name',
      { label: 'L', schema: { type: 'Text' } },
      'Your request is missing name parameter.',
    ],
    [
      'a name with a dot',
      { name: 'a.b', label: 'L', schema: { type: 'Text' } },
      'Your request contains invalid name parameter. Use 1 to 100 letters, digits, "_" or "-".',
    ],
    [
      'no label',
      { name: 'a', schema: { type: 'Text' } },
      'Your request is missing label parameter.',
    ],
    [
      'a blank label',
      { name: 'a', label: ' ', schema: { type: 'Text' } },
      'Your request contains invalid label parameter. It should be a non-empty string of at most 500 characters.',
    ],
    ['no schema', { name: 'a', label: 'L' }, 'Your request is missing schema parameter.'],
    [
      'an unknown type',
      { name: 'a', label: 'L', schema: { type: 'Color' } },
      'Invalid schema object. type should be one of Text, Textarea, Number, Date, Boolean, SingleSelect, MultiSelect.',
    ],
    [
      'an unknown top-level key',
      { name: 'a', label: 'L', schema: { type: 'Text' }, required: true },
      'Your request contains an unknown parameter: required.',
    ],
  ];
  it.each(cases)('%s', (_name, body, message) => {
    expect(() => parseNewField(body)).toThrow(expect.objectContaining({ status: 400, message }));
  });
});

describe('checkRules, when a schema breaks the rules of its type', () => {
  const cases: [string, Parameters<typeof checkRules>, string][] = [
    [
      'a length on a number',
      ['Number', { minLength: 1 }],
      'minLength does not apply to Number fields.',
    ],
    ['a range on text', ['Text', { maxValue: 1 }], 'maxValue does not apply to Text fields.'],
    [
      'options on a boolean',
      ['Boolean', { selectOptions: [true] }],
      'selectOptions does not apply to Boolean fields.',
    ],
    [
      'a negative length',
      ['Text', { minLength: -1 }],
      'minLength should be a whole number of at least 0.',
    ],
    [
      'a fractional length',
      ['Text', { maxLength: 2.5 }],
      'maxLength should be a whole number of at least 0.',
    ],
    [
      'lengths crossed',
      ['Text', { minLength: 5, maxLength: 2 }],
      'minLength cannot be greater than maxLength.',
    ],
    ['a text bound on a number', ['Number', { minValue: '1' }], 'minValue should be a number.'],
    [
      'a bad date bound',
      ['Date', { maxValue: 'soon' }],
      'maxValue should be a date in ISO 8601 format.',
    ],
    [
      'dates crossed',
      ['Date', { minValue: '2024-02-01', maxValue: '2024-01-01' }],
      'minValue cannot be greater than maxValue.',
    ],
    [
      'a select without options',
      ['SingleSelect', {}],
      'selectOptions should be a non-empty array of strings, numbers or booleans.',
    ],
    [
      'an empty options list',
      ['MultiSelect', { selectOptions: [] }],
      'selectOptions should be a non-empty array of strings, numbers or booleans.',
    ],
    [
      'an object option',
      ['SingleSelect', { selectOptions: [{}] }],
      'selectOptions should be a non-empty array of strings, numbers or booleans.',
    ],
    [
      'a repeated option',
      ['SingleSelect', { selectOptions: ['a', 'a'] }],
      'selectOptions cannot list a value twice.',
    ],
    [
      'isValueRequired as text',
      ['Text', { isValueRequired: 'yes' }],
      'isValueRequired should be true or false.',
    ],
    [
      'required without a default',
      ['Text', { isValueRequired: true }],
      'A field with isValueRequired needs a defaultValue.',
    ],
    [
      'a default of the wrong type',
      ['Number', { defaultValue: '5' }],
      'defaultValue does not fit the field. It should be a number.',
    ],
    [
      'a default out of range',
      ['Number', { maxValue: 3, defaultValue: 5 }],
      'defaultValue does not fit the field. It should be at most 3.',
    ],
    [
      'a default not among the options',
      ['SingleSelect', { selectOptions: ['a'], defaultValue: 'b' }],
      'defaultValue does not fit the field. It should be one of ["a"].',
    ],
  ];
  it.each(cases)('%s', (_name, [type, schema], detail) => {
    expect(() => checkRules(type, schema)).toThrow(
      expect.objectContaining({ status: 400, message: `Invalid schema object. ${detail}` }),
    );
  });
});

describe('parseFieldChange', () => {
  it('takes a label, a schema of the existing type (ignoring type) and a description', () => {
    expect(
      parseFieldChange(
        { label: 'New', schema: { type: 'Text', maxValue: 9 }, description: 'd' },
        'Number',
      ),
    ).toEqual({ label: 'New', rules: { maxValue: 9 }, description: 'd' });
  });

  it.each([
    [{ name: 'x', label: 'L' }, 'Name cannot be updated.'],
    [{}, 'Either label or schema should be provided.'],
    [{ description: 'only' }, 'Either label or schema should be provided.'],
    [
      { schema: { minLength: 1 } },
      'Invalid schema object. minLength does not apply to Number fields.',
    ],
  ])('refuses %j', (body, message) => {
    expect(() => parseFieldChange(body, 'Number')).toThrow(expect.objectContaining({ message }));
  });
});
