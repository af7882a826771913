import pg from 'pg';
import type { DatabaseTarget } from './database.ts';

export type LockAttempt<T> = { acquired: true; value: T } | { acquired: false };

/**
 * Mutual exclusion by name, as wide as the database is shared: across every instance on one
 * PostgreSQL (advisory locks), within the one process that owns a SQLite file. For per-file
 * writes (withLock) and for work only one instance should do at a time (tryWithLock).
 */
export interface NamedLocks {
  /** Runs `work` holding the lock, waiting for it as long as another holder has it. */
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  /**
   * Runs `work` holding every one of the locks, taken in sorted order so that two holders of
   * overlapping sets never wait for each other in a circle.
   */
  withLocks<T>(names: readonly string[], work: () => Promise<T>): Promise<T>;
  /** Runs `work` holding the lock if it is free now; else does nothing. */
  tryWithLock<T>(name: string, work: () => Promise<T>): Promise<LockAttempt<T>>;
  close(): Promise<void>;
}

export function createNamedLocks(target: DatabaseTarget): NamedLocks {
  return target.kind === 'postgres' ? postgresLocks(target.url) : processLocks();
}

// A holder keeps one connection for as long as it holds the lock, apart from the app's pool,
// so that holders waiting on their work's queries can never take all of its connections.
const LOCK_CONNECTIONS = 10;

/** Names once each, in the one order every holder takes them. */
const lockOrder = (names: readonly string[]) => [...new Set(names)].sort();

/**
 * Session-level advisory locks, keyed by a 64-bit hash of the name. A holder whose instance
 * dies loses its connection and with it the lock, so another instance takes over (after
 * PostgreSQL notices the connection is gone: at once on a crash, after TCP keepalive on a
 * vanished host). Holders in this process queue here first, so that a busy file costs one
 * connection however many of our own requests wait for it.
 */
function postgresLocks(url: string): NamedLocks {
  const local = processLocks();
  const pool = new pg.Pool({
    connectionString: url,
    max: LOCK_CONNECTIONS,
    keepAlive: true,
    application_name: 'tagcrop-locks',
  });
  pool.on('error', () => undefined);
  const key = (name: string) => [`tagcrop:${name}`];

  /** Takes the locks on this connection: waiting for each, or only if the one is free now. */
  async function take(client: pg.PoolClient, names: string[], wait: boolean): Promise<boolean> {
    if (wait) {
      for (const name of names) {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', key(name));
      }
      return true;
    }
    const { rows } = await client.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok',
      key(names[0]!),
    );
    return rows[0]?.ok === true;
  }

  async function holding<T>(
    names: string[],
    wait: boolean,
    work: () => Promise<T>,
  ): Promise<LockAttempt<T>> {
    const client = await pool.connect();
    let broken = false;
    // A connection that drops takes the lock with it; the work already running goes on.
    const dropped = () => (broken = true);
    client.on('error', dropped);
    try {
      const taken = await take(client, names, wait).catch((error: unknown) => {
        broken = true;
        throw error;
      });
      if (!taken) return { acquired: false };
      try {
        return { acquired: true, value: await work() };
      } finally {
        // Every advisory lock of this connection is ours: the pool hands it to one holder.
        await client.query('SELECT pg_advisory_unlock_all()').catch(() => (broken = true));
      }
    } finally {
      client.off('error', dropped);
      // A connection in doubt may still hold the lock: closing it is what releases it.
      client.release(broken);
    }
  }

  async function withLocks<T>(names: readonly string[], work: () => Promise<T>): Promise<T> {
    const ordered = lockOrder(names);
    return local.withLocks(ordered, async () => {
      const attempt = await holding(ordered, true, work);
      // Waiting always ends holding the locks (or in an error); this only satisfies the type.
      if (!attempt.acquired) throw new Error(`The locks ${ordered.join(', ')} were not taken.`);
      return attempt.value;
    });
  }

  return {
    withLock: (name, work) => withLocks([name], work),
    withLocks,
    async tryWithLock(name, work) {
      const attempt = await local.tryWithLock(name, () => holding([name], false, work));
      return attempt.acquired ? attempt.value : attempt;
    },
    close: () => pool.end(),
  };
}

/** A SQLite file belongs to one process, so the locks are this process's queues. */
function processLocks(): NamedLocks {
  const queues = new Map<string, { tail: Promise<unknown>; waiting: number }>();

  function enqueue<T>(name: string, work: () => Promise<T>): Promise<T> {
    const queue = queues.get(name) ?? { tail: Promise.resolve(), waiting: 0 };
    queues.set(name, queue);
    queue.waiting += 1;
    const run = queue.tail.then(work).finally(() => {
      queue.waiting -= 1;
      if (queue.waiting === 0) queues.delete(name);
    });
    queue.tail = run.catch(() => undefined);
    return run;
  }

  /** Queues for each name in turn, holding the ones it has: sorted, so never in a circle. */
  function withLocks<T>(names: readonly string[], work: () => Promise<T>): Promise<T> {
    return lockOrder(names).reduceRight<() => Promise<T>>(
      (inner, name) => () => enqueue(name, inner),
      work,
    )();
  }

  return {
    withLock: enqueue,
    withLocks,
    async tryWithLock(name, work) {
      if (queues.has(name)) return { acquired: false };
      return { acquired: true, value: await enqueue(name, work) };
    },
    close: async () => undefined,
  };
}
