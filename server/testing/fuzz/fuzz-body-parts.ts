import { TEST_PASSWORD } from '../test-app.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import {
  BAD_BODY_FILE_IDS,
  BAD_COORDINATES,
  badTagLists,
  OUT_OF_BOUNDS_COORDINATES,
  PROTO_PLACEHOLDER,
  WRONG_TYPES,
} from './fuzz-values.ts';
import type { Prng } from './prng.ts';

const BAD_USERNAMES: unknown[] = [
  '',
  'bad name',
  'x'.repeat(65),
  'été',
  '../x',
  'a/b',
  '<script>',
  5,
  null,
  ['admin'],
];
const BAD_PASSWORDS: unknown[] = ['', 'short', 'x'.repeat(1001), 12345678, null, ['password123']];
const BAD_ROLES: unknown[] = ['root', 'Admin', 'ADMIN', '', 'superuser', 0, null, ['admin']];
const NOT_STRINGS = WRONG_TYPES.filter((v) => typeof v !== 'string');

/**
 * Per body route: values that are invalid in one field (swapped into the good body), and whole
 * bodies that are invalid as a whole, each with what its refusal must name.
 */
export function badBodyParts(
  name: string,
  prng: Prng,
  ctx: FuzzContext,
): { fields: Record<string, readonly unknown[]>; wholes: ReadonlyArray<[unknown, RegExp]> } {
  const tags = badTagLists(prng);
  switch (name) {
    case 'sign-in':
      return {
        fields: {
          username: ['', '   ', 'x'.repeat(101), null, ...NOT_STRINGS],
          password: ['', 'x'.repeat(1001), null, ...NOT_STRINGS],
        },
        wholes: [
          [{}, /username/],
          [{ username: 'editor' }, /password/],
          [{ password: TEST_PASSWORD }, /username/],
        ],
      };
    case 'password':
      return {
        fields: {
          currentPassword: ['', 'x'.repeat(1001), null, ...NOT_STRINGS],
          newPassword: BAD_PASSWORDS,
        },
        wholes: [
          [{}, /currentPassword/],
          [
            { currentPassword: 'not-the-password', newPassword: 'a-brand-new-password' },
            /current password/i,
          ],
          [{ newPassword: 'a-brand-new-password' }, /currentPassword/],
        ],
      };
    case 'users-create':
      return {
        fields: { username: BAD_USERNAMES, password: BAD_PASSWORDS, role: BAD_ROLES },
        wholes: [
          [{}, /username/],
          [{ username: 'fuzz-user' }, /password/],
          [{ username: 'fuzz-user', role: 'viewer' }, /password/],
          [{ username: 'viewer', password: 'fuzz-password-1', role: 'admin' }, /already exists/],
        ],
      };
    case 'users-update':
      return {
        fields: { role: BAD_ROLES, password: BAD_PASSWORDS },
        wholes: [
          [{}, /role|password/],
          [{ role: 'viewer', password: 'short' }, /password/],
        ],
      };
    case 'file-patch':
      return {
        fields: {
          tags,
          customCoordinates: [...BAD_COORDINATES, ...OUT_OF_BOUNDS_COORDINATES],
          description: [null, 'x'.repeat(1001), 'half a pair \udc00', ...NOT_STRINGS],
          customMetadata: [
            null,
            'text',
            5,
            [],
            { '1abc': 1 },
            { 'a b': 1 },
            { '': 1 },
            { ['a'.repeat(101)]: 1 },
            { 'a.b': 1 },
            { é: 1 },
            { a: { b: 1 } },
            { a: [{}] },
            { a: [[1]] },
            { a: Array.from({ length: 101 }, () => 1) },
            { a: 'x'.repeat(10_001) },
            { [PROTO_PLACEHOLDER]: 'x' },
            { a: { [PROTO_PLACEHOLDER]: { polluted: 'yes' } } },
          ],
          removeAITags: [
            [],
            [''],
            'some',
            5,
            null,
            [5],
            {},
            Array.from({ length: 501 }, () => 'x'),
          ],
        },
        wholes: [
          [{}, /Send at least one of tags/],
          [{ description: 'fine', tags: 'not,a,list' }, /tags/],
        ],
      };
    case 'bulk-tags':
      return {
        fields: {
          fileIds: [
            [],
            ctx.fileId,
            5,
            null,
            {},
            [ctx.fileId, ctx.fileId],
            Array.from({ length: 10_001 }, (_, i) => `f${i}`),
            ...BAD_BODY_FILE_IDS.map((id) => [ctx.fileId, id]),
          ],
          add: [null, ...tags],
          remove: [null, ...tags],
        },
        wholes: [
          [{ fileIds: [ctx.fileId] }, /add|remove/],
          [{ fileIds: [ctx.fileId], add: [], remove: [] }, /add|remove/],
          [{ fileIds: [ctx.fileId], add: ['x'], remove: ['X'] }, /add|remove/],
          [{ add: ['x'] }, /fileIds|query/],
        ],
      };
    case 'tags-rewrite':
      return {
        fields: {
          action: ['', 'Rename', 'move', null, 5, [], {}],
          from: ['', '   ', 'a%b', 'a,b', 'x'.repeat(501), null, ...NOT_STRINGS],
          to: ['', '   ', 'a%b', 'line\nbreak', 'x'.repeat(501), null, ...NOT_STRINGS],
        },
        wholes: [
          [{}, /action/],
          [{ action: 'rename', from: 'fuzz-from' }, /to/],
          [{ action: 'delete', from: 'fuzz-from', to: 'fuzz-to' }, /to/],
          [{ action: 'merge', from: 'same', to: 'same' }, /same tag/],
        ],
      };
    case 'catalog-sync':
      return {
        fields: { full: ['true', 1, 0, null, [], {}] },
        wholes: [[{ full: true, since: '2020-01-01' }, /since|Unrecognized/]],
      };
    case 'views-save':
      return {
        fields: {
          name: ['', '   ', 'x'.repeat(101), null, ...NOT_STRINGS],
          query: [
            null,
            'untagged=true',
            [],
            5,
            { untagged: 'maybe' },
            { region: 'some' },
            { sort: 'size' },
            { limit: 0 },
            { tags: ['bad%tag'] },
            { nonsense: 1 },
            { [PROTO_PLACEHOLDER]: { polluted: 'yes' } },
          ],
        },
        wholes: [
          [{}, /name/],
          [{ name: 'No query' }, /query/],
        ],
      };
    default:
      throw new Error(`no body fuzz for ${name}`);
  }
}
