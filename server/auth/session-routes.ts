import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SignInSchema, type SessionInfo } from '../../common/api/session.ts';
import { AppError } from '../errors.ts';
import { parseOrThrow } from '../http/validate.ts';
import type { AuthService } from './auth-service.ts';
import { requireSession } from './session-middleware.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';

export function sessionRoutes(auth: AuthService): Router {
  const router = Router();

  const signInLimiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next, options) =>
      next(
        new AppError(429, 'rate_limited', 'Too many sign-in attempts. Try again later.', {
          headers: { 'Retry-After': String(Math.ceil(options.windowMs / 1000)) },
        }),
      ),
  });

  router.post('/session', signInLimiter, async (req, res) => {
    const { username, password } = parseOrThrow(SignInSchema, req.body, 'sign-in');
    const result = await auth.signIn(username, password);
    if (!result) throw new AppError(401, 'unauthenticated', 'Wrong username or password.');
    setSessionCookie(req, res, result.sessionId);
    const body: SessionInfo = { user: result.user, csrfToken: result.csrfToken };
    res.json(body);
  });

  router.get('/session', requireSession, (req, res) => {
    const { user, csrfToken } = req.session!;
    const body: SessionInfo = { user: { username: user.username, role: user.role }, csrfToken };
    res.json(body);
  });

  router.delete('/session', requireSession, (req, res) => {
    auth.signOut(req.session!.idHash);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
