import { dialectOf, type Db } from '../db/database.ts';
import type { CatalogDialect } from './catalog-dialect.ts';
import { catalogOnPostgres } from './catalog-dialect-postgres.ts';
import { catalogOnSqlite } from './catalog-dialect-sqlite.ts';

/** The catalog's dialect module for this database. */
export function catalogDialectOf(db: Db): CatalogDialect {
  return dialectOf(db) === 'sqlite' ? catalogOnSqlite : catalogOnPostgres;
}
