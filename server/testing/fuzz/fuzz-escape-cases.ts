import { wellFormed, type FuzzRequest } from './fuzz-request.ts';
import { pathTo, ROUTES, type FuzzContext } from './fuzz-routes.ts';
import { BROKEN_ESCAPES } from './fuzz-wire-values.ts';
import type { Prng } from './prng.ts';

/**
 * Each segment below `/api` of every route, broken by a bad escape. In a parameter the router
 * fails to decode it (400); a fixed word then matches no route (404, or 401 without a session).
 */
export function escapeCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  return ROUTES.flatMap((route) => {
    const template = route.pattern.split('/');
    const segments = pathTo(route, ctx).split('/');
    return segments.slice(2).map((segment, i) => {
      const broken = [...segments];
      broken[i + 2] = `${segment}${prng.pick(BROKEN_ESCAPES)}`;
      const isParameter = template[i + 2]!.startsWith(':');
      const expected = isParameter ? 400 : route.access === 'anyone' ? 401 : 404;
      const request = wellFormed(route, prng, ctx, {
        family: 'bad escape',
        label: `segment ${i + 2} as ${broken[i + 2]}`,
        expected: [expected],
        expectedCode: ({ 400: 'bad_request', 401: 'unauthenticated', 404: 'not_found' } as const)[
          expected
        ],
        names: isParameter ? /not validly percent-encoded/ : undefined,
      });
      return { ...request, path: broken.join('/') };
    });
  });
}
