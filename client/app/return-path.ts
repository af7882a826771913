import { paths } from '../lib/paths.ts';

/** Where to go after signing in: the page the user wanted, if it is one of ours. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) {
    return paths.library;
  }
  return from.startsWith(paths.signIn) ? paths.library : from;
}
