import { z } from 'zod';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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

/** True when `role` may do what `needed` may (viewer < editor < admin). */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
