import { sql } from 'kysely';
import { dialectOf, type Db, type Dialect } from './database.ts';

// Well under a load balancer's usual health-check timeout, so a hung database reads as down.
const HEALTH_TIMEOUT_MS = 2000;

export interface DatabaseHealth {
  dialect: Dialect;
  /** Whether the database answers a trivial query in time. Never throws. */
  answers(): Promise<boolean>;
}

export function createDatabaseHealth(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): DatabaseHealth {
  return {
    dialect: dialectOf(db),
    async answers() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ping = sql`SELECT 1`.execute(db).then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([ping, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
