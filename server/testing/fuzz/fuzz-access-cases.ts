import { CSRF_HEADER } from '../../../common/api/error-envelope.ts';
import { ROLES } from '../../../common/api/session.ts';
import { allowedSession, wellFormed, type FuzzRequest } from './fuzz-request.ts';
import { isMutating, rolesAllowed, ROUTES, type FuzzContext } from './fuzz-routes.ts';
import { garbage } from './fuzz-values.ts';
import { BAD_COOKIES, forgedSessionCookie } from './fuzz-wire-values.ts';
import type { Prng } from './prng.ts';

const PROTECTED = ROUTES.filter((r) => r.access !== 'anyone');
const MUTATING = PROTECTED.filter(isMutating);

/** Cookie headers that carry no usable session; some hide a valid one where it must not count. */
function badCookieHeader(prng: Prng, ctx: FuzzContext): string | string[] | null {
  const valid = ctx.sessions[prng.pick(ROLES)].cookie;
  return prng.pick([
    () => null,
    () => prng.pick(BAD_COOKIES),
    () => forgedSessionCookie(prng),
    () => ctx.endedCookie,
    () => `${valid}; pad=${'p'.repeat(prng.int(8200, 14_000))}`,
    // The first session cookie counts; a broken one in front hides the good one behind it.
    () => `${prng.pick(BAD_COOKIES.filter((c) => c.startsWith('tagcrop_session=')))}; ${valid}`,
    () => [forgedSessionCookie(prng), valid],
    () => `${valid}x`,
    () => `${valid.replace('tagcrop_session', 'TAGCROP_SESSION')}`,
    () => `other=${garbage(prng)}`.replace(/[^\x20-\x7e]/g, ''),
  ])();
}

/** No usable session: every protected route answers 401, whatever else the request holds. */
export function authCases(prng: Prng, ctx: FuzzContext, count: number): FuzzRequest[] {
  return Array.from({ length: count }, () => {
    const route = prng.pick(PROTECTED);
    const cookie = badCookieHeader(prng, ctx);
    const headers: Record<string, string | string[]> = cookie === null ? {} : { cookie };
    // A stolen token without the session it belongs to is worth nothing either.
    if (isMutating(route) && prng.chance(0.5)) headers[CSRF_HEADER] = ctx.sessions.admin.csrf;
    return wellFormed(route, prng, ctx, {
      family: 'no session',
      label: `cookie ${JSON.stringify(cookie)?.slice(0, 60)}`,
      session: null,
      headers,
      expected: [401],
      expectedCode: 'unauthenticated',
    });
  });
}

/** A live session but no valid CSRF token for it: 403 and nothing done. */
export function csrfCases(prng: Prng, ctx: FuzzContext, count: number): FuzzRequest[] {
  return Array.from({ length: count }, () => {
    const route = prng.pick(MUTATING);
    const session = allowedSession(route, prng, ctx);
    const others = [...Object.values(ctx.sessions), ctx.otherEditor].filter((s) => s !== session);
    const [label, token] = prng.pick<[string, string | string[] | null]>([
      ['missing', null],
      ['empty', ''],
      ['random', garbage(prng).replace(/[^\x21-\x7e]/g, 'x')],
      ["another session's", prng.pick(others).csrf],
      ['upper-cased', session.csrf.toUpperCase()],
      ['one character longer', `${session.csrf}A`],
      ['truncated', session.csrf.slice(1)],
      ['padded', ` ${session.csrf}x`],
      ['sent twice', [session.csrf, session.csrf]],
    ]);
    const headers: Record<string, string | string[]> = { cookie: session.cookie };
    if (token !== null) headers[CSRF_HEADER] = token;
    if (label === 'missing' && prng.chance(0.5)) {
      headers.cookie = `${session.cookie}; ${CSRF_HEADER}=${session.csrf}`;
    }
    return wellFormed(route, prng, ctx, {
      family: 'bad CSRF token',
      label: `${label} token`,
      session: null,
      headers,
      expected: [403],
      expectedCode: 'csrf_failed',
    });
  });
}

/** Correct session and token, but a browser says the request comes from another site. */
export function originCases(prng: Prng, ctx: FuzzContext, count: number): FuzzRequest[] {
  const port = new URL(ctx.origin).port;
  return Array.from({ length: count }, () => {
    const route = prng.pick(ROUTES.filter(isMutating));
    const [label, headers] = prng.pick<[string, Record<string, string>]>([
      ['foreign Origin', { origin: 'https://evil.example' }],
      ['Origin null', { origin: 'null' }],
      ['other port', { origin: `http://127.0.0.1:${Number(port) + 1}` }],
      ['https', { origin: ctx.origin.replace('http:', 'https:') }],
      ['other host name', { origin: `http://localhost:${port}` }],
      ['trailing slash', { origin: `${ctx.origin}/` }],
      ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ]);
    return wellFormed(route, prng, ctx, {
      family: 'cross-site',
      label,
      headers,
      expected: [403],
      expectedCode: 'csrf_failed',
    });
  });
}

/** Every route above viewer, called with valid token and body by every role below it. */
export function roleCases(prng: Prng, ctx: FuzzContext): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  for (const route of ROUTES) {
    if (route.access === 'anyone' || route.access === 'signed-in') continue;
    const allowed = rolesAllowed(route.access);
    for (const role of ROLES.filter((r) => !allowed.includes(r))) {
      for (const body of route.body ? [undefined, '{"junk": true}'] : [undefined]) {
        cases.push(
          wellFormed(route, prng, ctx, {
            family: 'role too low',
            label: `as ${role}${body ? ', junk body' : ''}`,
            session: ctx.sessions[role],
            body,
            expected: [403],
            expectedCode: 'forbidden',
          }),
        );
      }
    }
  }
  return cases;
}

/** Well-formed sign-ins with wrong credentials: 401, and 429 once the throttle steps in. */
export function wrongCredentialCases(prng: Prng, ctx: FuzzContext, count: number): FuzzRequest[] {
  const signIn = ROUTES.find((r) => r.name === 'sign-in')!;
  return Array.from({ length: count }, () => {
    const username = prng.pick([...ROLES, 'ghost', 'Admin', 'admin ']);
    const body = JSON.stringify({ username, password: `wrong-${prng.int(0, 1e6)}` });
    return wellFormed(signIn, prng, ctx, {
      family: 'wrong credentials',
      label: `as ${username}`,
      body,
      expected: [401, 429],
      names: /username or password|Too many/i,
    });
  });
}
