import { PostgresDialect } from 'kysely';
import pg from 'pg';

const { INT8, NUMERIC } = pg.types.builtins;

/**
 * bigint columns hold epoch milliseconds, and count(*) and sum() answer bigint: numbers in
 * SQLite, so numbers here too (pg hands int8 back as text, since it can exceed 2^53). A value
 * past 2^53 would be a bug of ours; it fails loudly instead of losing digits.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} does not fit a number`);
  return value;
}

/** Per pool, not pg's global registry, so nothing else in the process is affected. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return parseInt8;
    if (oid === NUMERIC) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface PostgresOptions {
  /** An idle pooled connection broke (PostgreSQL restarted, network cut): reported, not thrown. */
  onConnectionError?: (error: Error) => void;
}

/** Kysely's dialect over a pool of connections to `url` (postgres://user:password@host/db). */
export function postgresDialect(url: string, options: PostgresOptions = {}): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    types,
    // Requests and the catalog sync share it; PostgreSQL's default allows 100 connections,
    // so several instances fit.
    max: 10,
    // A database that does not answer fails the request (and /api/health) instead of hanging.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'tagcrop',
  });
  // Without a listener an idle connection's error would end the process.
  pool.on('error', (error) => options.onConnectionError?.(error));
  return new PostgresDialect({ pool });
}
