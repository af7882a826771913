import crypto from 'node:crypto';
import pg from 'pg';

/** A connection to a database that always exists, from which scratch databases are made. */
export const DEFAULT_MAINTENANCE_URL = 'postgres://tagcrop:tagcrop@127.0.0.1:5432/postgres';
export const maintenanceUrl = () =>
  process.env.TAGCROP_TEST_DATABASE_URL?.trim() || DEFAULT_MAINTENANCE_URL;

/** Runs one statement on the maintenance database (CREATE / DROP DATABASE run outside transactions). */
export async function onMaintenanceDatabase(statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: maintenanceUrl() });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * FORCE, so that a pool a failed test left open does not keep the database alive. Ending
 * autovacuum's worker needs pg_signal_backend (scripts/test-postgres.sh grants it); without it,
 * a plain DROP, which cancels autovacuum by itself, is tried a few times instead.
 */
export async function dropDatabase(name: string): Promise<void> {
  try {
    await onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export interface ScratchDatabase {
  name: string;
  /** postgres://… of the new database, with the maintenance connection's credentials. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database named `<prefix><random>`, for tests and benchmarks. Its default
 * collation is linguistic (ICU en-US), as production databases usually have (en_US.UTF-8): the
 * catalog's byte-ordered columns must not depend on the database's locale.
 */
export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}${crypto.randomBytes(6).toString('hex')}`;
  await onMaintenanceDatabase(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'`,
  );
  const url = new URL(maintenanceUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.href,
    drop: () => dropDatabase(name),
  };
}
