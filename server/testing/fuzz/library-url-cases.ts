import { naming, type FuzzRequest } from './fuzz-request.ts';
import { pathTo, type FuzzContext } from './fuzz-routes.ts';
import { BAD_PATH_FILE_IDS } from './fuzz-values.ts';
import { BROKEN_ESCAPES, decodes } from './fuzz-wire-values.ts';
import { LIBRARY_ROUTES, libraryRequest, libraryRoute, multipart } from './library-routes.ts';
import type { Prng } from './prng.ts';

const NOT_ENCODED = /not validly percent-encoded/;

/**
 * Each segment below `/local` of every library route, broken by a bad escape: refused as such
 * whatever the segment is (a parameter, a fixed word, the image path), with a key or without.
 */
export function libraryEscapeCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  return LIBRARY_ROUTES.flatMap((route) => {
    const segments = pathTo(route, ctx).split('/');
    // segments[0] is empty and segments[1] is the mount point, which the host app owns.
    return segments.slice(2).map((segment, i) => {
      const broken = [...segments];
      const escape = prng.pick(BROKEN_ESCAPES);
      // A prefix such as "%A" followed by "files" would make a valid escape: keep only broken ones.
      const candidates = [`${segment}${escape}`, `${escape}${segment}`, escape];
      broken[i + 2] = prng.pick(candidates.filter((c) => !decodes(c)));
      const withKey = !route.needsKey || prng.chance(0.8);
      const upload = route.upload ? multipart({ fileName: 'x.jpg', file: 'aGVsbG8=' }) : null;
      const request = libraryRequest(route, ctx, {
        family: 'library bad escape',
        label: `segment ${i + 2} as ${broken[i + 2]}${withKey ? '' : ', no key'}`,
        expected: [400],
        names: NOT_ENCODED,
        path: broken.join('/'),
        body: upload?.body,
        headers: upload ? { 'content-type': upload.contentType } : {},
      });
      if (!withKey) delete request.headers.authorization;
      return request;
    });
  });
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Odd and unknown ids in `:fileId` and `:id`; never the id of a thing that exists. */
export function libraryIdCases(prng: Prng, ctx: FuzzContext, unknownIds: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const add = (names: string[], id: string, field: boolean, status: number, family: string) => {
    const route = libraryRoute(prng.pick(names));
    const filled = field
      ? { ...ctx, library: { ...ctx.library, fieldId: id } }
      : { ...ctx, fileId: id };
    const notFound = field ? /No such custom metadata field/ : /does not exist/;
    cases.push(
      libraryRequest(route, filled, {
        family,
        label: id.slice(0, 60),
        expected: [status],
        names:
          status === 404 ? notFound : decodes(id) ? naming(field ? 'ID' : 'fileId') : NOT_ENCODED,
      }),
    );
  };
  const fileRoutes = ['lib-get', 'lib-patch', 'lib-delete'];
  const fieldRoutes = ['lib-field-update', 'lib-field-delete'];
  for (const id of BAD_PATH_FILE_IDS) add(fileRoutes, id, false, 400, 'library odd id');
  // Already URL-encoded, as they travel.
  for (const id of ['..', '%2F', 'a%20b', 'x'.repeat(65), '%00', '%C3%A9']) {
    add(fieldRoutes, id, true, 400, 'library odd id');
  }
  for (let i = 0; i < unknownIds; i++) {
    const id = prng.text(prng.int(1, 64), ID_ALPHABET);
    const field = prng.chance(0.3);
    add(field ? fieldRoutes : fileRoutes, id, field, 404, 'library unknown id');
  }
  return cases;
}

/** Query strings (URL-encoded) each refused for the parameter that `names` finds. */
const BAD_QUERIES: Record<string, ReadonlyArray<[string, string]>> = {
  'lib-list': [
    ['limit=1&limit=2', 'limit'],
    ['limit=0', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=NaN', 'limit'],
    ['limit=1.5', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=1e400', 'limit'],
    ['limit=99999999999999999999', 'limit'],
    ['limit=%D9%A1%D9%A0', 'limit'],
    ['skip=-5', 'skip'],
    ['skip=1e21', 'skip'],
    ['skip=x', 'skip'],
    ['sort=asc_name', 'sort'],
    ['sort=ASC_NOPE', 'sort'],
    ['sort=DROP%20TABLE%20files', 'sort'],
    ['sort=a&sort=b', 'sort'],
    ['type=nope', 'type'],
    ['type=a&type=b', 'type'],
    ['fileType=video', 'fileType'],
    ['path=a&path=b', 'path'],
    ['searchQuery=a&searchQuery=b', 'searchQuery'],
    ['searchQuery=name%20%3D', 'searchQuery'],
    ['searchQuery=tags%20IN%20%5B', 'searchQuery'],
    ['searchQuery=%22unclosed', 'searchQuery'],
    ['searchQuery=size%20%3E%20%22big%22', 'searchQuery'],
    [`searchQuery=${'%28'.repeat(3000)}name%3D%22a%22`, 'searchQuery'],
    [`searchQuery=${'name%3D%22a%22%20AND%20'.repeat(400)}x`, 'searchQuery'],
    ['searchQuery=customMetadata.nosuch%20%3D%201', 'searchQuery'],
  ],
  'lib-fields': [
    ['includeDeleted=maybe', 'includeDeleted'],
    ['includeDeleted=true&includeDeleted=false', 'includeDeleted'],
  ],
};

export function libraryQueryCases(ctx: FuzzContext): FuzzRequest[] {
  return Object.entries(BAD_QUERIES).flatMap(([name, queries]) =>
    queries.map(([query, parameter]) =>
      libraryRequest(libraryRoute(name), ctx, {
        family: 'library bad query',
        label: `?${query.slice(0, 60)}`,
        expected: [400],
        names: naming(parameter),
        query,
      }),
    ),
  );
}
