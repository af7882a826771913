import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser marks as coming from another site. A second
 * line behind the CSRF token; it also covers sign-in, which has no token yet (login CSRF).
 * Clients that send neither header (curl, scripts) still need the token where it applies.
 */
export const originCheck: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get('Origin');
  if (origin !== undefined) {
    if (origin !== `${req.protocol}://${req.host}`) {
      throw new AppError(403, 'csrf_failed', 'Cross-origin request refused.');
    }
  } else if (req.get('Sec-Fetch-Site') === 'cross-site') {
    throw new AppError(403, 'csrf_failed', 'Cross-site request refused.');
  }
  next();
};
