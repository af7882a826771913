import { z } from 'zod';
import type { Role } from '../roles.ts';

export { ROLES, roleAtLeast, type Role } from '../roles.ts';

export const SignInSchema = z.strictObject({
  username: z.string().trim().min(1, 'Enter a username.').max(100),
  password: z.string().min(1, 'Enter a password.').max(1000),
});

export type SignIn = z.infer<typeof SignInSchema>;

export interface SessionUser {
  username: string;
  role: Role;
}

/** What `POST /api/session` and `GET /api/session` answer. */
export interface SessionInfo {
  user: SessionUser;
  csrfToken: string;
}
