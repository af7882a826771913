import type { ErrorCode } from '../../../common/api/error-envelope.ts';
import type { FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { garbage } from './fuzz-values.ts';
import type { Prng } from './prng.ts';

const WRONG_METHODS: ReadonlyArray<[string, string]> = [
  ['PUT', '/api/files'],
  ['DELETE', '/api/files'],
  ['PATCH', '/api/files'],
  ['PUT', '/api/files/{id}'],
  ['DELETE', '/api/files/{id}'],
  ['POST', '/api/files/{id}'],
  ['PATCH', '/api/files/{id}'],
  ['GET', '/api/files/{id}/details'],
  ['PUT', '/api/files/{id}/details'],
  ['POST', '/api/files/{id}/details'],
  ['DELETE', '/api/files/{id}/details'],
  ['POST', '/api/files/{id}/image'],
  ['GET', '/api/bulk/tags'],
  ['PUT', '/api/bulk/tags'],
  ['DELETE', '/api/bulk/tags'],
  ['POST', '/api/bulk'],
  ['POST', '/api/tags'],
  ['DELETE', '/api/tags'],
  ['PUT', '/api/session'],
  ['PATCH', '/api/session'],
  ['POST', '/api/health'],
  ['DELETE', '/api/health'],
  ['GET', '/api/session/password'],
  ['POST', '/api/session/password'],
  ['PUT', '/api/users'],
  ['DELETE', '/api/users'],
  ['GET', '/api/users/viewer'],
  ['PUT', '/api/users/viewer'],
  ['GET', '/api/users/viewer/sign-out-everywhere'],
  ['GET', '/api/session/sign-out-everywhere'],
  ['TRACE', '/api/files'],
  ['PROPFIND', '/api/files'],
  ['GET', '/api/v1/files'],
  ['GET', '/api/files/{id}/details/../../../users'],
  ['GET', '/api/../local/v1/files'],
  ['GET', '/api//files'],
  ['PATCH', '/api/files//details'],
];

const CODES: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'csrf_failed',
  404: 'not_found',
};

/** Methods and paths no route has: 404 (or 401/403 first, when those checks fail). */
export function methodCases(prng: Prng, ctx: FuzzContext, randomPaths: number): FuzzRequest[] {
  const paths = [
    ...WRONG_METHODS,
    ...Array.from({ length: randomPaths }, (): [string, string] => [
      prng.pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']),
      `/api/${encodeURIComponent(garbage(prng, 20))}/${encodeURIComponent(garbage(prng, 20))}`,
    ]),
  ];
  return paths.map(([method, template]) => {
    const path = template.replace('{id}', ctx.fileId);
    const safe = method === 'GET';
    const [label, headers, expected] = prng.pick<[string, Record<string, string>, number]>([
      ['signed out', {}, 401],
      ['admin with token', ctx.sessions.admin.headers, 404],
      ...(safe ? [] : [['admin without token', { cookie: ctx.sessions.admin.cookie }, 403]]),
    ] as Array<[string, Record<string, string>, number]>);
    return {
      family: 'wrong method or path',
      label: `${method} ${template}: ${label}`,
      target: 'app' as const,
      method,
      path,
      headers,
      expected: [expected],
      expectedCode: CODES[expected],
    };
  });
}
