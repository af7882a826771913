import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/database.ts';

export type FileColumn = 'id' | 'folder' | 'tag_count' | 'has_region' | 'file_type' | 'is_private';

/** How a filter names a column of catalog_files AS f. */
export type ColumnRef = (column: FileColumn) => RawBuilder<unknown>;

export const plainColumn: ColumnRef = (column) => sql.ref(`f.${column}`);

/**
 * The same column, hidden from index selection, so that the query walks the index of its ORDER
 * BY and checks each row against the filters, stopping at the page's end. That beats collecting
 * every match and sorting when matches are many (a page of "red" among 100,000 files: 1 ms
 * instead of 18). SQLite's documented way is a unary `+` on the term. PostgreSQL has no such
 * hint and needs none: its planner weighs both plans with its statistics, so there the column
 * stays as it is.
 */
export function unindexedColumn(dialect: Dialect): ColumnRef {
  return dialect === 'sqlite' ? (column) => sql`+${sql.ref(`f.${column}`)}` : plainColumn;
}

/**
 * Walk the order index when matches are dense enough to fill a page quickly: the walk reads
 * about limit × files / matches rows, collecting reads all matches and sorts them.
 */
export function shouldWalkOrderIndex(matches: number, files: number, limit: number): boolean {
  return matches * matches >= limit * files;
}
