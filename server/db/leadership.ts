import type { NamedLocks } from './named-locks.ts';

/**
 * One instance leads a job (the catalog's timed sync) for as long as it lives: the first to
 * take the named lock keeps it until it closes, and the others' attempts do nothing. When the
 * leader dies its lock goes with its connection, and the next attempt elsewhere takes over.
 */
export function createLeadership(locks: NamedLocks, name: string) {
  let leading = false;
  let stepDown!: () => void;
  const steppedDown = new Promise<void>((resolve) => (stepDown = resolve));
  let held: Promise<unknown> | null = null;

  return {
    /** Whether this instance leads now, taking the lead when no one has it. */
    async lead(): Promise<boolean> {
      if (leading) return true;
      if (held) return false;
      return new Promise<boolean>((resolve) => {
        held = locks
          .tryWithLock(name, async () => {
            leading = true;
            resolve(true);
            await steppedDown;
          })
          .then((attempt) => resolve(attempt.acquired))
          .catch(() => resolve(false))
          .finally(() => {
            leading = false;
            held = null;
          });
      });
    },
    /** Lets the lead go (at shutdown), so another instance takes it at its next attempt. */
    async close(): Promise<void> {
      stepDown();
      await held;
    },
  };
}
