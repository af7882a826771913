import { sql, type RawBuilder } from 'kysely';

export type FileColumn = 'id' | 'folder' | 'tag_count' | 'has_region' | 'file_type' | 'is_private';

/** How a filter names a column of catalog_files AS f. */
export type ColumnRef = (column: FileColumn) => RawBuilder<unknown>;

export const plainColumn: ColumnRef = (column) => sql.ref(`f.${column}`);

/**
 * Walk the order index when matches are dense enough to fill a page quickly: the walk reads
 * about limit × files / matches rows, collecting reads all matches and sorts them. To walk, a
 * page query hides its filter columns from index choice (CatalogDialect.unindexedColumn) and
 * checks each row it reads, stopping at the page's end: a page of "red" among 100,000 files
 * takes 1 ms instead of 18.
 */
export function shouldWalkOrderIndex(matches: number, files: number, limit: number): boolean {
  return matches * matches >= limit * files;
}
