import type { FuzzContext } from './fuzz-routes.ts';
import { BAD_COORDINATES, OUT_OF_BOUNDS_COORDINATES, PROTO_PLACEHOLDER } from './fuzz-values.ts';

/**
 * Values the local library refuses, by route and field. They follow the library's own rules,
 * which are ImageKit's and looser than tagcrop's (a tag may hold a newline, two tags may differ
 * only in case), so tagcrop's pools would be accepted here and change the library.
 */
export interface LibraryBadParts {
  fields: Record<string, readonly unknown[]>;
  /** Whole bodies, each refused for what `names` finds in the message. */
  wholes: ReadonlyArray<[unknown, RegExp]>;
}

const NOT_STRINGS: readonly unknown[] = [5, true, {}, [], null, ['x']];
const BAD_TAGS: readonly unknown[] = [
  ['50%'],
  [''],
  ['   '],
  ['a'.repeat(501)],
  Array.from({ length: 300 }, (_, i) => `tag${i}`),
  'a,b',
  'single',
  [42],
  [null],
  [['x']],
  { 0: 'a' },
  7,
  true,
];
// The library trims the text before it reads the four numbers, as ImageKit does.
const COORDINATES = [
  ...BAD_COORDINATES.filter((v) => typeof v !== 'string' || v.trim() === v),
  ...OUT_OF_BOUNDS_COORDINATES,
  null,
];
const TOO_MANY_IDS = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`);

function bulkFileIds(max: number): unknown[] {
  return ['abc', 5, null, {}, [], [5], [null], [['x']], TOO_MANY_IDS(max + 1)];
}

export function libraryBadParts(name: string, ctx: FuzzContext): LibraryBadParts {
  switch (name) {
    case 'lib-patch':
      return {
        fields: {
          tags: BAD_TAGS,
          customCoordinates: COORDINATES.filter((v) => v !== null),
          description: NOT_STRINGS,
          customMetadata: [
            null,
            'text',
            5,
            [],
            { nosuch: 1 },
            { fuzzNote: 5 },
            { fuzzNote: 'x'.repeat(21) },
            { fuzzNote: {} },
            { [PROTO_PLACEHOLDER]: 'x' },
          ],
          removeAITags: ['some', 5, null, [5], {}, [[]], [null]],
          extensions: ['x', 5, {}, null, [{ name: 'google-auto-tagging' }]],
          webhookUrl: [5, {}, true, null, []],
        },
        wholes: [
          [{ publish: { isPublished: true }, tags: ['x'] }, /publish/],
          [{ publish: 'yes' }, /publish/],
          [{ publish: { isPublished: 'true' } }, /publish/],
          [{ publish: {} }, /publish/],
        ],
      };
    case 'lib-add-tags':
    case 'lib-remove-tags':
      return {
        fields: { fileIds: bulkFileIds(50), tags: [...BAD_TAGS, []] },
        wholes: [
          [{ tags: ['x'] }, /fileIds/],
          [{ fileIds: [ctx.fileId] }, /tags/],
        ],
      };
    case 'lib-remove-ai-tags':
      return {
        fields: { fileIds: bulkFileIds(50), AITags: ['x', 5, null, [], [5], [null], {}] },
        wholes: [[{ fileIds: [ctx.fileId] }, /AITags/]],
      };
    case 'lib-bulk-delete':
      return { fields: { fileIds: bulkFileIds(100) }, wholes: [[{}, /fileIds/]] };
    case 'lib-field-create':
      return {
        fields: {
          name: ['', 'a b', 'x'.repeat(101), 'é', 'a.b', 'fuzzNote', ...NOT_STRINGS],
          label: ['', '   ', 'x'.repeat(501), 'Fuzz note', ...NOT_STRINGS],
          schema: [
            'Text',
            [],
            null,
            {},
            { type: 'Nope' },
            { type: 'Text', minValue: 1 },
            { type: 'Text', minLength: -1 },
            { type: 'Text', minLength: 5, maxLength: 2 },
            { type: 'Number', minValue: 'a' },
            { type: 'Date', maxValue: 'yesterday' },
            { type: 'SingleSelect' },
            { type: 'SingleSelect', selectOptions: [1, 1] },
            { type: 'MultiSelect', selectOptions: [{}] },
            { type: 'Text', isValueRequired: true },
            { type: 'Text', isValueRequired: 'yes', defaultValue: 'x' },
            { type: 'Text', maxLength: 3, defaultValue: 'too long' },
            { type: 'Boolean', defaultValue: 'true' },
          ],
          description: [5, {}, null, []],
        },
        wholes: [
          [{}, /name/],
          [{ name: 'fuzzOther' }, /label/],
          [{ name: 'fuzzOther', label: 'Other' }, /schema/],
        ],
      };
    case 'lib-field-update':
      return {
        fields: {
          label: ['', '   ', 'x'.repeat(501), ...NOT_STRINGS],
          schema: [
            'Text',
            [],
            null,
            { minValue: 1 },
            { minLength: -1 },
            { minLength: 'a' },
            { selectOptions: ['a'] },
            { isValueRequired: true },
            { maxLength: 3, defaultValue: 'too long' },
          ],
          description: [5, {}, null, []],
        },
        wholes: [
          [{}, /label or schema/],
          [{ description: 'only this' }, /label or schema/],
          [{ name: 'renamed' }, /Name cannot/],
        ],
      };
    default:
      throw new Error(`no field fuzz for ${name}`);
  }
}
