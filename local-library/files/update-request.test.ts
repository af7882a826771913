import { describe, expect, it } from 'vitest';
import type { FieldSet } from '../metadata/custom-field.ts';
import type { FileRecord } from './file-record.ts';
import { applyUpdateBody } from './update-request.ts';

const FIELDS: FieldSet = new Map([
  ['brand', { name: 'brand', type: 'Text', rules: {} }],
  ['color', { name: 'color', type: 'Text', rules: {} }],
  ['size', { name: 'size', type: 'Number', rules: { minValue: 1 } }],
]);

const file: FileRecord = {
  seq: 1,
  id: 'abc123',
  name: 'shoe.jpg',
  folder: '/',
  filePath: '/shoe.jpg',
  fileType: 'image',
  mime: 'image/jpeg',
  format: 'jpeg',
  width: 400,
  height: 300,
  size: 1000,
  hasAlpha: false,
  isPrivateFile: false,
  isPublished: true,
  customCoordinates: '1,2,3,4',
  description: null,
  customMetadata: { brand: 'Nike', color: 'red' },
  embeddedMetadata: {},
  tags: ['old'],
  aiTags: [
    { name: 'Shoe', confidence: 90, source: 'google-auto-tagging' },
    { name: 'Red', confidence: 80, source: 'aws-auto-tagging' },
  ],
  versionId: 'abc123',
  versionNumber: 1,
  createdAt: 1,
  updatedAt: 2,
};

describe('applyUpdateBody, when the body is valid', () => {
  const cases: [string, unknown, Partial<FileRecord>][] = [
    ['replaces tags', { tags: ['a', 'b'] }, { tags: ['a', 'b'] }],
    ['drops exact duplicate tags', { tags: ['a', 'a', 'A'] }, { tags: ['a', 'A'] }],
    ['unsets tags with null', { tags: null }, { tags: [] }],
    ['sets a region', { customCoordinates: '10,20,100,50' }, { customCoordinates: '10,20,100,50' }],
    [
      'accepts a region touching the far edges',
      { customCoordinates: '0,0,400,300' },
      { customCoordinates: '0,0,400,300' },
    ],
    ['unsets the region with null', { customCoordinates: null }, { customCoordinates: null }],
    ['sets a description', { description: 'Red shoe' }, { description: 'Red shoe' }],
    [
      'merges custom metadata, null deleting a key',
      { customMetadata: { color: null, size: 42 } },
      { customMetadata: { brand: 'Nike', size: 42 } },
    ],
    ['removes named AI tags', { removeAITags: ['Shoe'] }, { aiTags: [file.aiTags[1]!] }],
    ['removes all AI tags', { removeAITags: 'all' }, { aiTags: [] }],
    ['unpublishes', { publish: { isPublished: false } }, { isPublished: false }],
    [
      'accepts an empty extensions list and a webhook',
      { tags: ['x'], extensions: [], webhookUrl: 'https://x.test' },
      { tags: ['x'] },
    ],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(applyUpdateBody(file, body, FIELDS)).toMatchObject(expected);
  });

  it('changes nothing for an empty object', () => {
    expect(applyUpdateBody(file, {}, FIELDS)).toBeNull();
  });

  it('refuses a "__proto__" metadata key as an unknown field, without touching prototypes', () => {
    const body = JSON.parse('{"customMetadata":{"__proto__":{"x":1}}}') as unknown;
    expect(() => applyUpdateBody(file, body, FIELDS)).toThrow(
      expect.objectContaining({
        status: 400,
        message: 'Invalid custom metadata.',
        extra: { errors: { ['__proto__']: expect.stringMatching(/No custom metadata field/) } },
      }),
    );
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

describe('applyUpdateBody, when the body is invalid', () => {
  const cases: [string, unknown, string][] = [
    ['a body that is not an object', ['tags'], 'Your request body should be a JSON object.'],
    [
      'publish with other keys',
      { publish: { isPublished: true }, tags: [] },
      'Your request cannot contain any other parameters when publish is present',
    ],
    [
      'publish without a boolean',
      { publish: { isPublished: 'yes' } },
      'Your request contains invalid value for publish parameter. It should be an object with a boolean isPublished.',
    ],
    ['an unknown key', { tag: ['x'] }, 'Your request contains an unknown parameter: tag.'],
    [
      'tags that are a string',
      { tags: 'a,b' },
      'Your request contains invalid value for tags parameter. It should be an array of strings or null.',
    ],
    [
      'tags with a number',
      { tags: ['a', 1] },
      'Your request contains invalid value for tags parameter. It should be an array of strings or null.',
    ],
    [
      'an empty tag',
      { tags: ['a', ' '] },
      'Your request contains invalid value for tags parameter. A tag cannot be empty.',
    ],
    [
      'a tag with %',
      { tags: ['50%'] },
      'Your request contains invalid value for tags parameter. Tags cannot contain the "%" character.',
    ],
    [
      'tags over 500 characters',
      { tags: ['a'.repeat(250), 'b'.repeat(250)] },
      'Your request contains invalid value for tags parameter. Combined length of all tags should be less than or equal to 500.',
    ],
    [
      'a region with three numbers',
      { customCoordinates: '1,2,3' },
      'Your request contains invalid value for customCoordinates parameter. Use "x,y,width,height" with non-negative whole numbers and a width and height of at least 1, e.g. "10,10,100,100".',
    ],
    [
      'a negative region',
      { customCoordinates: '-1,2,3,4' },
      'Your request contains invalid value for customCoordinates parameter. Use "x,y,width,height" with non-negative whole numbers and a width and height of at least 1, e.g. "10,10,100,100".',
    ],
    [
      'a zero-width region',
      { customCoordinates: '1,2,0,4' },
      'Your request contains invalid value for customCoordinates parameter. Use "x,y,width,height" with non-negative whole numbers and a width and height of at least 1, e.g. "10,10,100,100".',
    ],
    [
      'a fractional region',
      { customCoordinates: '1.5,2,3,4' },
      'Your request contains invalid value for customCoordinates parameter. Use "x,y,width,height" with non-negative whole numbers and a width and height of at least 1, e.g. "10,10,100,100".',
    ],
    [
      'a region as a number',
      { customCoordinates: 5 },
      'Your request contains invalid value for customCoordinates parameter. Use "x,y,width,height" with non-negative whole numbers and a width and height of at least 1, e.g. "10,10,100,100".',
    ],
    [
      'a region past the right edge',
      { customCoordinates: '300,0,101,10' },
      'Your request contains invalid value for customCoordinates parameter. The area must lie inside the 400x300 image: x + width is 401, past the image width of 400 px.',
    ],
    [
      'a description that is not a string',
      { description: 5 },
      'Your request contains invalid value for description parameter. It should be a string.',
    ],
    ['custom metadata that is an array', { customMetadata: [1] }, 'Invalid custom metadata.'],
    [
      'custom metadata of no field',
      { customMetadata: { gender: 'x' } },
      'Invalid custom metadata.',
    ],
    ['a value outside its field', { customMetadata: { size: 0 } }, 'Invalid custom metadata.'],
    [
      'removeAITags as a number',
      { removeAITags: 3 },
      'Your request contains invalid value for removeAITags parameter. It should be an array of strings or "all".',
    ],
    [
      'an extension',
      { extensions: [{ name: 'remove-bg' }] },
      'Extensions are not available in the local library.',
    ],
  ];
  it.each(cases)('%s', (_name, body, message) => {
    expect(() => applyUpdateBody(file, body, FIELDS)).toThrow(
      expect.objectContaining({ status: 400, message }),
    );
  });
});
