import { expressionBuilder } from 'kysely';
import { filtersOf, viewOf, type FileQuery } from '../../common/api/file-query.ts';
import type { FilePosition } from '../../common/api/file-position.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../errors.ts';
import type { CatalogQueries } from './catalog-queries.ts';
import type { FilesDb } from './file-filter-sql.ts';
import { encodeCursor, reverseSort, sortOrder } from './list-cursor.ts';

const eb = expressionBuilder<FilesDb, 'f'>();

/**
 * A file's place in a view, from the catalog, without reading the files before it: three counts
 * on the view's indexes (its total, the files ordered before this one, and whether it matches)
 * and two keyset cursors made from the file's own sort value. The cursors page on from where the
 * file stands even after it stops matching (tagged in "Needs tags"): a keyset position does not
 * need its row to be in the result.
 */
export function createFilePosition(
  db: Db,
  queries: Pick<CatalogQueries, 'countMatching' | 'countQuery'>,
) {
  const count = async (query: ReturnType<CatalogQueries['countQuery']>) =>
    Number((await query.executeTakeFirstOrThrow()).n);

  return async function positionOf(fileId: string, query: FileQuery): Promise<FilePosition> {
    const view = viewOf(query);
    const filters = filtersOf(query);
    const { column, descending } = sortOrder(view.sort);
    const row = await db
      .selectFrom('catalog_files')
      .select(['id', 'name_key', 'created_at', 'updated_at'])
      .where('file_id', '=', fileId)
      .executeTakeFirst();
    if (!row) throw notFound(`No file ${fileId} in the catalog.`);
    const value = row[column];
    const before = eb(
      eb.refTuple(`f.${column}`, 'f.id'),
      descending ? '>' : '<',
      eb.tuple(value, row.id),
    );
    const [total, index, own] = await Promise.all([
      queries.countMatching(filters),
      count(queries.countQuery(filters, before)),
      count(queries.countQuery(filters, eb('f.id', '=', row.id))),
    ]);
    const at = { value, id: row.id };
    const backwards = reverseSort(view.sort);
    return {
      index,
      total,
      inView: own > 0,
      after: encodeCursor(at, view),
      before: { sort: backwards, cursor: encodeCursor(at, { ...view, sort: backwards }) },
    };
  };
}

export type FilePositionOf = ReturnType<typeof createFilePosition>;
