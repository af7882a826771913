import { Router } from 'express';
import { SignInSchema, type SessionInfo } from '../../common/api/session.ts';
import { AppError } from '../errors.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { AuthService } from './auth-service.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { requireSession } from './session-middleware.ts';
import type { SignInThrottle } from './sign-in-throttle.ts';

const WRONG_CREDENTIALS = 'Wrong username or password.';

export function sessionRoutes(auth: AuthService, throttle: SignInThrottle): Router {
  const router = Router();

  router.post('/session', noQuery, async (req, res) => {
    const { username, password } = parseOrThrow(SignInSchema, req.body, 'sign-in');
    const address = req.ip ?? 'unknown';
    const waitMs = await throttle.retryAfterMs(username, address);
    if (waitMs > 0) {
      throw new AppError(429, 'rate_limited', 'Too many failed sign-ins. Try again later.', {
        headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
      });
    }
    const result = await auth.signIn(username, password);
    if (!result) {
      await throttle.recordFailure(username, address);
      throw new AppError(401, 'unauthenticated', WRONG_CREDENTIALS);
    }
    await throttle.recordSuccess(username);
    setSessionCookie(req, res, result.sessionId);
    const body: SessionInfo = { user: result.user, csrfToken: result.csrfToken };
    res.json(body);
  });

  router.get('/session', requireSession, noQuery, (req, res) => {
    const { user, csrfToken } = req.session!;
    const body: SessionInfo = { user: { username: user.username, role: user.role }, csrfToken };
    res.json(body);
  });

  router.delete('/session', requireSession, noQuery, async (req, res) => {
    await auth.signOut(req.session!.idHash);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
