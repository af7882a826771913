import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { garbage } from './fuzz-values.ts';
import { LIBRARY_ROUTES, libraryRequest, multipart } from './library-routes.ts';
import type { Prng } from './prng.ts';

const basic = (user: string) => `Basic ${Buffer.from(user).toString('base64')}`;
const MISSING_KEY = /does not contain private API key/;
const WRONG_KEY = /cannot be authenticated/;

/** Authorization headers that carry no key (401) or the wrong one (403), as ImageKit tells apart. */
function badAuthorization(prng: Prng, key: string): [string, string | null, number, RegExp] {
  return prng.pick<[string, string | null, number, RegExp]>([
    ['no header', null, 401, MISSING_KEY],
    ['empty', '', 401, MISSING_KEY],
    ['scheme only', 'Basic', 401, MISSING_KEY],
    ['Bearer', `Bearer ${key}`, 401, MISSING_KEY],
    ['key as the password', basic(`:${key}`), 401, MISSING_KEY],
    [
      'another key',
      basic(`private_${garbage(prng, 20).replace(/[^A-Za-z0-9]/g, 'x')}:`),
      403,
      WRONG_KEY,
    ],
    ['key upper-cased', basic(`${key.toUpperCase()}:`), 403, WRONG_KEY],
    ['key one character longer', basic(`${key}x:`), 403, WRONG_KEY],
    ['key truncated', basic(`${key.slice(0, -1)}:`), 403, WRONG_KEY],
    ['not base64', 'Basic !!!!', 403, WRONG_KEY],
    ['bare key, altered', `Basic ${key}A`, 403, WRONG_KEY],
  ]);
}

/**
 * Every keyed route, with a body it would accept, sent without a usable key: nothing may
 * happen, not even on the delete routes.
 */
export function libraryAuthCases(prng: Prng, ctx: FuzzContext, perRoute: number): FuzzRequest[] {
  const key = Buffer.from(ctx.library.authorization.slice('Basic '.length), 'base64')
    .toString()
    .split(':')[0]!;
  return LIBRARY_ROUTES.filter((r) => r.needsKey).flatMap((route) =>
    Array.from({ length: perRoute }, () => {
      const [label, header, status, names] = badAuthorization(prng, key);
      const upload = route.upload ? multipart({ fileName: 'fuzz.jpg', file: 'aGVsbG8=' }) : null;
      const request = libraryRequest(route, ctx, {
        family: 'library key',
        label,
        expected: [status],
        names,
        body: upload?.body,
        headers: upload ? { 'content-type': upload.contentType } : {},
      });
      if (header === null) delete request.headers.authorization;
      else request.headers.authorization = header;
      return request;
    }),
  );
}

const WRONG_PATHS: ReadonlyArray<[string, string]> = [
  ['PUT', '/local/v1/files/{id}/details'],
  ['POST', '/local/v1/files/{id}/details'],
  ['GET', '/local/v1/files/{id}'],
  ['PATCH', '/local/v1/files'],
  ['DELETE', '/local/v1/files'],
  ['GET', '/local/v1/files/addTags'],
  ['DELETE', '/local/v1/files/batch/deleteByFileIds'],
  ['GET', '/local/v1/files/{id}/details/extra'],
  ['GET', '/local/v1/files/{id}/../{id}/details'],
  ['GET', '/local/v1//files'],
  ['GET', '/local/v1'],
  ['GET', '/local/v2/files'],
  ['GET', '/local/api/v1/files/upload'],
  ['PUT', '/local/api/v1/files/upload'],
  ['POST', '/local/v1/customMetadataFields/{field}'],
  ['GET', '/local/v1/customMetadataFields/{field}'],
  ['TRACE', '/local/v1/files'],
  ['GET', '/local/__proto__'],
];

/** Methods and paths the library has no route for: 404 with the key, 401 without. */
export function libraryPathCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  return WRONG_PATHS.map(([method, template]): FuzzRequest => {
    const withKey = prng.chance(0.7);
    const headers: Record<string, string> = withKey
      ? { authorization: ctx.library.authorization }
      : {};
    return {
      family: 'wrong method or path',
      label: `library ${method} ${template}${withKey ? '' : ', no key'}`,
      target: 'library',
      method,
      path: template.replaceAll('{id}', ctx.fileId).replace('{field}', ctx.library.fieldId),
      headers,
      expected: [withKey ? 404 : 401],
      names: withKey ? /does not exist/ : MISSING_KEY,
    };
  });
}
