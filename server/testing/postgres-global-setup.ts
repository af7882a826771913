import crypto from 'node:crypto';
import type { TestProject } from 'vitest/node';
import {
  dropDatabase,
  DEFAULT_MAINTENANCE_URL,
  maintenanceUrl,
  onMaintenanceDatabase,
} from './postgres-maintenance.ts';

/** The URL without its password, for messages. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}

function unreachable(error: unknown): Error {
  const url = maintenanceUrl();
  const hint =
    url === DEFAULT_MAINTENANCE_URL
      ? '`npm test` starts a local PostgreSQL and makes its test role with ' +
        '`scripts/test-postgres.sh` (PostgreSQL itself: `apt-get install -y postgresql`); ' +
        'or point TAGCROP_TEST_DATABASE_URL at a server where that role may create databases.'
      : 'Check TAGCROP_TEST_DATABASE_URL: its role must be able to create databases.';
  return new Error(
    `The node-pg tests run the server suite on PostgreSQL and cannot reach it at ${shown(url)}: ` +
      `${(error as Error).message}.\n  ${hint}\n  ` +
      'The SQLite half alone: `npx vitest run --project node`.',
    { cause: error },
  );
}

/**
 * Global setup of the node-pg project: fails the run at once, loudly, when PostgreSQL is not
 * there (never a silent skip); drops the databases of runs killed earlier, and at the end any
 * database of this run a test left.
 */
export default async function setup(project: TestProject) {
  // The run's process id in every name: a run killed before its teardown is recognised later.
  const prefix = `tagcrop_test_${process.pid}_${crypto.randomBytes(3).toString('hex')}_`;
  try {
    await dropDatabases((name) => isLeftBehind(name));
  } catch (error) {
    throw unreachable(error);
  }
  project.provide('pgDatabasePrefix', prefix);
  return () => dropDatabases((name) => name.startsWith(prefix));
}

/** A test database of a run whose process is gone from this machine (one sharing the server). */
function isLeftBehind(name: string): boolean {
  const pid = Number(/^tagcrop_test_(\d+)_/.exec(name)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function dropDatabases(which: (name: string) => boolean): Promise<void> {
  const { rows } = await onMaintenanceDatabase(
    "SELECT datname FROM pg_database WHERE datname LIKE 'tagcrop\\_test\\_%'",
  );
  for (const { datname } of rows as Array<{ datname: string }>) {
    if (which(datname)) {
      await dropDatabase(datname);
    }
  }
}
