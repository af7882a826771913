import crypto from 'node:crypto';
import type { AuthService } from './auth-service.ts';

export type BootstrapResult =
  { created: false } | { created: true; username: string; generatedPassword: string | null };

/**
 * Makes sure a first admin exists. With no credentials configured, a random password is made;
 * the caller prints it once, because it is stored only as a hash.
 */
export async function bootstrapAdmin(
  auth: AuthService,
  configured: { username: string; password: string } | null,
): Promise<BootstrapResult> {
  if ((await auth.users.count()) > 0) return { created: false };
  if (configured) {
    await auth.createUser(configured.username, configured.password, 'admin');
    return { created: true, username: configured.username, generatedPassword: null };
  }
  const generatedPassword = crypto.randomBytes(12).toString('base64url');
  await auth.createUser('admin', generatedPassword, 'admin');
  return { created: true, username: 'admin', generatedPassword };
}
