import type { ErrorCode } from '../../../common/api/error-envelope.ts';
import { rolesAllowed, type ApiRoute, type FuzzContext } from './fuzz-routes.ts';
import { withProtoKeys } from './fuzz-values.ts';
import type { Prng } from './prng.ts';
import type { RawSession } from '../served-app.ts';

export interface FuzzRequest {
  /** Which kind of malformation this is, for the tally. */
  family: string;
  /** Route and what was done to it, for failure messages. */
  label: string;
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: string | Buffer;
  /** The statuses a correct server may answer (more than one only where order is not fixed). */
  expected: number[];
  expectedCode?: ErrorCode;
}

/** A session of a role that may call the route. */
export function allowedSession(route: ApiRoute, prng: Prng, ctx: FuzzContext): RawSession {
  return ctx.sessions[prng.pick(rolesAllowed(route.access))];
}

/** JSON text of a value; placeholder keys become real prototype keys. */
export function jsonText(value: unknown, prng: Prng): string {
  return withProtoKeys(JSON.stringify(value), prng);
}

/** 413 when the body passes the route's limit, otherwise the status validation gives. */
export function statusForSize(route: ApiRoute, body: string, otherwise = 400): number {
  return Buffer.byteLength(body) > route.bodyLimitBytes ? 413 : otherwise;
}

/**
 * A request on a route as a correct client would send it (session of an allowed role, its CSRF
 * token, a JSON content type), with the given parts replaced.
 */
export function wellFormed(
  route: ApiRoute,
  prng: Prng,
  ctx: FuzzContext,
  parts: {
    family: string;
    label: string;
    expected: number[];
    expectedCode?: ErrorCode;
    body?: string;
    query?: string;
    session?: RawSession | null;
    headers?: Record<string, string | string[]>;
  },
): FuzzRequest {
  const session = parts.session === undefined ? allowedSession(route, prng, ctx) : parts.session;
  const body = parts.body ?? (route.body ? jsonText(route.body(ctx), prng) : undefined);
  const headers: Record<string, string | string[]> = {
    ...(session && route.access !== 'anyone' ? session.headers : {}),
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...parts.headers,
  };
  return {
    family: parts.family,
    label: `${route.name}: ${parts.label}`,
    method: route.method,
    path: route.path(ctx) + (parts.query ? `?${parts.query}` : ''),
    headers,
    body,
    expected: parts.expected,
    expectedCode: parts.expectedCode,
  };
}
