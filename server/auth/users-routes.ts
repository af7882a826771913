import { Router, type Request } from 'express';
import {
  ChangePasswordSchema,
  CreateUserSchema,
  UpdateUserSchema,
  UsernameSchema,
  type UserSummary,
} from '../../common/api/users.ts';
import type { SessionInfo } from '../../common/api/session.ts';
import { AppError } from '../errors.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import { UserInputError, type AuthService } from './auth-service.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { requireRole } from './session-middleware.ts';
import type { UserRecord } from './users-repo.ts';

const summary = (u: UserRecord): UserSummary => ({
  username: u.username,
  role: u.role,
  createdAt: u.createdAt,
});

async function asBadRequest<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserInputError)
      throw new AppError(400, 'validation_failed', error.message);
    throw error;
  }
}

/** Admin user management, and a user's own password and sessions. Behind requireSession. */
export function usersRoutes(auth: AuthService): Router {
  const router = Router();

  async function target(req: Request): Promise<UserRecord> {
    const username = parseOrThrow(UsernameSchema, req.params.username, 'user name');
    const user = await auth.users.findByUsername(username);
    if (!user) throw new AppError(404, 'not_found', `No user "${username}".`);
    return user;
  }

  router.get('/users', requireRole('admin'), noQuery, async (_req, res) => {
    res.json({ users: (await auth.users.list()).map(summary) });
  });

  router.post('/users', requireRole('admin'), noQuery, async (req, res) => {
    const { username, password, role } = parseOrThrow(CreateUserSchema, req.body, 'user');
    const user = await asBadRequest(() => auth.createUser(username, password, role));
    res.status(201).json(summary(user));
  });

  router.patch('/users/:username', requireRole('admin'), noQuery, async (req, res) => {
    const user = await target(req);
    const { role, password } = parseOrThrow(UpdateUserSchema, req.body, 'change');
    await asBadRequest(async () => {
      if (role) await auth.setRole(user.id, role);
      if (password) await auth.setPassword(user.id, password);
    });
    res.json(summary((await auth.users.findById(user.id))!));
  });

  router.delete('/users/:username', requireRole('admin'), noQuery, async (req, res) => {
    const user = await target(req);
    await asBadRequest(() => auth.removeUser(user.id));
    res.status(204).end();
  });

  router.post(
    '/users/:username/sign-out-everywhere',
    requireRole('admin'),
    noQuery,
    async (req, res) => {
      res.json({ endedSessions: await auth.signOutEverywhere((await target(req)).id) });
    },
  );

  router.post('/session/sign-out-everywhere', noQuery, async (req, res) => {
    await auth.signOutEverywhere(req.session!.user.id);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  // Every session ends with the change; this browser gets a fresh one so its user stays in.
  router.put('/session/password', noQuery, async (req, res) => {
    const { currentPassword, newPassword } = parseOrThrow(ChangePasswordSchema, req.body, 'change');
    const user = req.session!.user;
    const changed = await asBadRequest(() =>
      auth.changeOwnPassword(user.id, currentPassword, newPassword),
    );
    if (!changed) throw new AppError(400, 'validation_failed', 'The current password is wrong.');
    const fresh = await auth.signIn(user.username, newPassword);
    if (!fresh) throw new AppError(500, 'internal', 'Could not start a new session.');
    setSessionCookie(req, res, fresh.sessionId);
    const body: SessionInfo = { user: fresh.user, csrfToken: fresh.csrfToken };
    res.json(body);
  });

  return router;
}
