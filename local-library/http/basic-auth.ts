import type { RequestHandler } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { LibraryError } from '../library-error.ts';

export const MISSING_KEY_MESSAGE = 'Your request does not contain private API key.';
export const WRONG_KEY_MESSAGE = 'Your account cannot be authenticated.';

/**
 * ImageKit's Basic auth: the user name is the private key and the password is ignored (the new
 * SDK sends "do_not_set", the legacy one nothing). The spec also allows the bare key in place
 * of the base64 pair.
 */
export function basicAuth(privateKey: string): RequestHandler {
  const expected = digest(privateKey);
  const matches = (candidate: string) => timingSafeEqual(digest(candidate), expected);
  return (req, _res, next) => {
    const token = /^Basic\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    const user = token === undefined ? '' : userOf(token);
    if (user === '') return next(new LibraryError(401, MISSING_KEY_MESSAGE));
    // Both forms are compared every time, so timing does not tell which one was used.
    const raw = matches(token ?? '');
    const decoded = matches(user);
    // A key that is present but wrong is a 403 at ImageKit; only a missing key is a 401.
    if (!raw && !decoded) return next(new LibraryError(403, WRONG_KEY_MESSAGE));
    next();
  };
}

function userOf(token: string): string {
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(0, colon) : token;
}

/** Equal-length digests let timingSafeEqual compare keys of any length. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
