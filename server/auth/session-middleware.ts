import crypto from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CSRF_HEADER } from '../../common/api/error-envelope.ts';
import { roleAtLeast, type Role } from '../../common/api/session.ts';
import { AppError } from '../errors.ts';
import type { ActiveSession, AuthService } from './auth-service.ts';
import { readCookie, SESSION_COOKIE } from './session-cookie.ts';

declare module 'express-serve-static-core' {
  interface Request {
    session?: ActiveSession;
  }
}

/** Attaches the caller's session, when the cookie names a live one. Never rejects by itself. */
export function loadSession(auth: AuthService): RequestHandler {
  return async (req, _res, next) => {
    const id = readCookie(req, SESSION_COOKIE);
    const session = id ? await auth.resolve(id) : null;
    if (session) req.session = session;
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tokensMatch(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Signed in, and for mutating calls the session's CSRF token in `X-CSRF-Token`: a cookie alone
 * (which a foreign page can make the browser send) is never enough to change anything.
 */
export function requireSession(req: Request, _res: Response, next: NextFunction): void {
  const session = req.session;
  if (!session) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.get(CSRF_HEADER);
    if (!sent || !tokensMatch(sent, session.csrfToken)) {
      throw new AppError(403, 'csrf_failed', `Missing or wrong ${CSRF_HEADER} header.`);
    }
  }
  next();
}

export function requireRole(role: Role): RequestHandler {
  return (req, _res, next) => {
    const user = req.session?.user;
    if (!user) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
    if (!roleAtLeast(user.role, role)) {
      throw new AppError(403, 'forbidden', `This needs the ${role} role; you are a ${user.role}.`);
    }
    next();
  };
}
