import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const LIBRARY_KEY_FILE = 'library-key';
const KEY_PATTERN = /^private_[A-Za-z0-9_-]{32}$/;

/**
 * The private key of the local library: `configured` when given; otherwise the one kept in
 * `<dataDir>/library-key` (mode 0600), generated on first use as `private_` + 32 url-safe chars.
 */
export function loadOrCreateLibraryKey(dataDir: string, configured?: string): string {
  if (configured) return configured;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LIBRARY_KEY_FILE);
  const stored = readKey(file);
  if (stored) return stored;
  const key = `private_${randomBytes(24).toString('base64url')}`;
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  // writeFileSync applies the mode only when it creates the file.
  fs.chmodSync(file, 0o600);
  return key;
}

function readKey(file: string): string | null {
  try {
    const key = fs.readFileSync(file, 'utf8').trim();
    return KEY_PATTERN.test(key) ? key : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
