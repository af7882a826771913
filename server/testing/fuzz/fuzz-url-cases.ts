import { naming, namingKey, wellFormed, type FuzzRequest } from './fuzz-request.ts';
import { pathTo, ROUTES, routeNamed, type FuzzContext } from './fuzz-routes.ts';
import { BAD_PATH_FILE_IDS, garbage, PROTO_KEYS } from './fuzz-values.ts';
import { decodes } from './fuzz-wire-values.ts';

const NOT_ENCODED = /not validly percent-encoded/;
import type { Prng } from './prng.ts';

const long = (n: number) => 'a'.repeat(n);

/** Query strings (already URL-encoded) that each break the route's query schema. */
const BAD_QUERIES: Record<string, readonly string[]> = {
  'files-list': [
    'limit=1&limit=2',
    'skip=1&skip=2',
    'sort=ASC_NAME&sort=DESC_NAME',
    'searchQuery=a&searchQuery=b',
    'fileType=all&fileType=image',
    'limit=-1',
    'skip=-5',
    'limit=0',
    'limit=',
    'limit=NaN',
    'limit=abc',
    'skip=abc',
    'limit=1.5',
    'skip=0.5',
    'limit=1001',
    'limit=1e400',
    'limit=-Infinity',
    'limit=99999999999999999999',
    'skip=1000001',
    'skip=1e21',
    'limit=%D9%A1%D9%A0',
    'limit=%EF%BC%95',
    'sort=asc_name',
    'sort=DROP%20TABLE%20files',
    'sort=',
    'fileType=video',
    'fileType=IMAGE',
    'path=no-slash',
    'path=%2Fa%3Fb',
    'path=%2Fa%23b',
    'path=%2Fa%25b',
    'path=%2Fa%5Cb',
    `path=%2F${long(1000)}`,
    `searchQuery=${long(2001)}`,
    'bogus=1',
    'a[b]=1',
    'limit[]=1',
    'LIMIT=5',
    '%00=1',
    'type=folder',
  ],
  tags: [
    'q=a&q=b',
    `q=${long(201)}`,
    'limit=0',
    'limit=101',
    'limit=-1',
    'limit=1.5',
    'limit=NaN',
    'limit=x',
    'limit=1e400',
    'x=1',
    'Q=a',
    'q[]=a',
  ],
  'file-position': [
    'sort=ASC_NAME',
    'sort=name&sort=-name',
    'untagged=yes',
    'region=maybe',
    'folder=no-slash',
    'limit=5',
    'cursor=abc',
    'x=1',
    'tags=a%25b',
  ],
  'tags-top': [
    'limit=0',
    'limit=51',
    'limit=x',
    'limit=1&limit=2',
    'sort=name',
    'untagged=yes',
    'folder=%2Fa%3Fb',
    'x=1',
  ],
  'file-image': [
    'tr=a&tr=b',
    'tr=',
    'tr=w-400%2F..',
    'tr=%3Cscript%3E',
    'tr=w%20400',
    `tr=${long(301)}`,
    'tr=w-400%3Fx%3D1',
    'tr=w-400%26a%3D1',
    'tr=w-400%0D%0ALocation:%20http://evil.example',
    'x=1',
    'tr[]=w-1',
    'TR=w-1',
  ],
};

/** Bad query parameters: the route lists above, random unknown keys, prototype keys anywhere. */
export function queryCases(prng: Prng, ctx: FuzzContext, randomPerRoute: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const add = (routeName: string, query: string, family: string) => {
    const key = decodeURIComponent(query.split('&')[0]!.split('=')[0]!);
    cases.push(
      wellFormed(routeNamed(routeName), prng, ctx, {
        family,
        label: `?${query.slice(0, 60)}`,
        query,
        expected: [400],
        names: PROTO_KEYS.some((k) => k === key) ? /may not use the key/ : namingKey(key),
      }),
    );
  };
  for (const [name, queries] of Object.entries(BAD_QUERIES)) {
    for (const query of queries) add(name, query, 'bad query parameter');
  }
  for (const route of ROUTES) {
    if (route.hasQuerySchema) {
      for (let i = 0; i < randomPerRoute; i++) {
        const key = encodeURIComponent(`${garbage(prng, 12)}_`);
        add(route.name, `${key}=${encodeURIComponent(garbage(prng))}`, 'unknown query key');
      }
    }
    const proto = prng.pick(PROTO_KEYS);
    add(route.name, `${proto}=${prng.pick(['1', 'polluted', '%7B%7D'])}`, 'prototype key in query');
  }
  return cases;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Odd file ids on every route that takes one: refused before anything is forwarded. */
export function fileIdCases(prng: Prng, ctx: FuzzContext, unknownIds: number): FuzzRequest[] {
  const routes = ['file-get', 'file-image', 'file-patch'].map(routeNamed);
  const cases: FuzzRequest[] = [];
  const add = (fileId: string, expected: number, family: string) => {
    const route = prng.pick(routes);
    cases.push(
      wellFormed(
        route,
        prng,
        { ...ctx, fileId },
        {
          family,
          label: fileId.slice(0, 60),
          expected: [expected],
          // The library's own 404 travels on, in its words.
          ...(expected === 404
            ? { expectedCode: 'upstream_error', names: /does not exist/ }
            : { names: decodes(fileId) ? naming('fileId') : NOT_ENCODED }),
        },
      ),
    );
  };
  for (const fileId of BAD_PATH_FILE_IDS) add(fileId, 400, 'odd fileId');
  // Well-formed ids of files that do not exist: only the look-up travels, and it finds nothing.
  for (let i = 0; i < unknownIds; i++)
    add(prng.text(prng.int(1, 64), ID_ALPHABET), 404, 'unknown fileId');
  return cases;
}

/** User names in the path that break the pattern (400) or name nobody (404). */
const BAD_USERNAMES: ReadonlyArray<[string, number]> = [
  ['%2E%2E%2Fadmin', 400],
  ['a%2Fb', 400],
  ['x'.repeat(65), 400],
  ['%', 400],
  ['%00', 400],
  ['%C3%A9t%C3%A9', 400],
  ['%3Cscript%3E', 400],
  ['a%20b', 400],
  ['__proto__', 404],
  ['..', 404],
  ['nobody-here', 404],
  ['ADMIN%40example.com', 404],
];

export function usernameCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  const routes = ['users-update', 'users-delete', 'users-sign-out'].map(routeNamed);
  return BAD_USERNAMES.map(([name, status]) => {
    const route = prng.pick(routes);
    return {
      ...wellFormed(route, prng, ctx, {
        family: 'odd user name',
        label: name,
        expected: [status],
        ...(status === 404
          ? { expectedCode: 'not_found' }
          : { names: decodes(name) ? /user name/ : NOT_ENCODED }),
      }),
      path: pathTo(route, ctx).replace('/api/users/viewer', `/api/users/${name}`),
    };
  });
}
