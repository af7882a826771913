import crypto from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { DEFAULT_MAINTENANCE_URL, maintenanceUrl, onMaintenanceDatabase } from './test-database.ts';

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
 * there (never a silent skip), and at the end drops any database of this run a test left.
 */
export default async function setup(project: TestProject) {
  const prefix = `tagcrop_test_${crypto.randomBytes(3).toString('hex')}_`;
  try {
    await onMaintenanceDatabase('SELECT 1');
  } catch (error) {
    throw unreachable(error);
  }
  project.provide('pgDatabasePrefix', prefix);
  return async () => {
    const left = await onMaintenanceDatabase(
      `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`,
    );
    for (const { datname } of left.rows as Array<{ datname: string }>) {
      await onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  };
}
