import { z } from 'zod';
import { ROLES, type Role } from './session.ts';

export const MIN_PASSWORD_LENGTH = 8;

const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1000);

export const UsernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._@-]{1,64}$/, 'A user name has 1–64 letters, digits, ".", "_", "@" or "-".');

/** `POST /api/users` (admins). */
export const CreateUserSchema = z.strictObject({
  username: UsernameSchema,
  password: PasswordSchema,
  role: z.enum(ROLES),
});

/** `PATCH /api/users/:username` (admins): a new role and/or a new password. */
export const UpdateUserSchema = z
  .strictObject({ role: z.enum(ROLES).optional(), password: PasswordSchema.optional() })
  .refine((body) => body.role !== undefined || body.password !== undefined, {
    message: 'Give a role or a password.',
  });

/** `PUT /api/session/password`: a signed-in user changes their own password. */
export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: PasswordSchema,
});

export interface UserSummary {
  username: string;
  role: Role;
  createdAt: string;
}
