import type { ErrorCode } from '../../../common/api/error-envelope.ts';
import { keyOf, pathTo, rolesAllowed, type ApiRoute, type FuzzContext } from './fuzz-routes.ts';
import { withProtoKeys } from './fuzz-values.ts';
import type { Prng } from './prng.ts';
import type { RawSession } from '../served-app.ts';

export interface FuzzRequest {
  /** Which kind of malformation this is, for the tally. */
  family: string;
  /** Route and what was done to it, for failure messages. */
  label: string;
  /** Who answers: tagcrop's server, or the local library on its own port. */
  target: 'app' | 'library';
  /** The route table entry it aims at; absent when the point is that no route matches. */
  route?: string;
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: string | Buffer;
  /** The statuses a correct server may answer (more than one only where order is not fixed). */
  expected: number[];
  expectedCode?: ErrorCode;
  /**
   * What the refusal must name (a field, parameter, header or reason), looked for in its
   * message and details: a 400 for another reason than the one sent is a failure too.
   */
  names?: RegExp;
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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field name as a pattern that finds it in a message: `tags` but not `tagsX`. */
export const naming = (word: string) =>
  new RegExp(`(^|[^A-Za-z0-9])${escaped(word)}([^A-Za-z0-9]|$)`);

/** Any key as a message may quote it: as sent, or escaped as in a JSON string. */
export const namingKey = (key: string) =>
  new RegExp(`${escaped(key)}|${escaped(JSON.stringify(key).slice(1, -1))}`);

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
    names?: RegExp;
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
    target: 'app',
    route: keyOf(route),
    method: route.method,
    path: pathTo(route, ctx) + (parts.query ? `?${parts.query}` : ''),
    headers,
    body,
    expected: parts.expected,
    expectedCode: parts.expectedCode,
    names: parts.names,
  };
}
