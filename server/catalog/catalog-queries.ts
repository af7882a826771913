import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { FolderCounts } from '../../common/api/catalog.ts';
import {
  filtersOf,
  viewOf,
  type FileFilters,
  type FileListQuery,
} from '../../common/api/file-query.ts';
import type { CatalogFileList } from '../../common/api/list-files.ts';
import type { FileDetails } from '../../common/file-details.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { catalogDialectOf } from './catalog-dialect-of.ts';
import { parseDetails } from './catalog-row.ts';
import { countAll, createFileCounts } from './file-counts.ts';
import { allOf, filterConditions, type FilesDb } from './file-filter-sql.ts';
import { rollUpFolders } from './folder-tree.ts';
import { decodeCursor, encodeCursor, sortOrder } from './list-cursor.ts';
import { plainColumn, shouldWalkOrderIndex } from './plan-hints.ts';
import { wordsScan } from './text-search.ts';

const countWhere = (condition: ReturnType<typeof sql>) =>
  sql<number>`sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** The catalog's reads: pages of files, counts, folders. Answers in ImageKit's FileDetails. */
export function createCatalogQueries(db: Db) {
  const dialect = catalogDialectOf(db);
  const { wordsMatch } = dialect;
  const matching = (
    filters: FileFilters,
    ...more: Expression<SqlBool>[]
  ): SelectQueryBuilder<FilesDb, 'f', object> =>
    db
      .selectFrom('catalog_files as f')
      .where(allOf([...filterConditions(filters, wordsMatch), ...more]));
  const { countQuery, countMatching } = createFileCounts(db, matching, dialect);

  async function detailsOf(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('catalog_details')
      .select(['id', 'details'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((row) => [row.id, row.details]));
  }

  /**
   * One page in the query's order, resumed after the cursor's row (keyset, not offset). With
   * `walk`, the filters are hidden from index choice so the order's index is walked (plan-hints).
   */
  function pageQuery(query: FileListQuery, walk = false) {
    const { limit, cursor } = query;
    const view = viewOf(query);
    const filters = filtersOf(query);
    const { column, descending } = sortOrder(view.sort);
    const direction = descending ? 'desc' : 'asc';
    const conditions = walk
      ? filterConditions(filters, wordsScan, dialect.unindexedColumn)
      : filterConditions(filters, wordsMatch, plainColumn);
    let page = db
      .selectFrom('catalog_files as f')
      .where(allOf(conditions))
      .select(['f.id', `f.${column} as sortValue`]);
    if (cursor) {
      const after = decodeCursor(cursor, view);
      page = page.where((eb) =>
        eb(
          eb.refTuple(`f.${column}`, 'f.id'),
          descending ? '<' : '>',
          eb.tuple(after.value, after.id),
        ),
      );
    }
    return page
      .orderBy(`f.${column}`, direction)
      .orderBy('f.id', direction)
      .limit(limit + 1);
  }

  /** The page query with the plan that suits how many files match (plan-hints.ts). */
  async function plannedPage(query: FileListQuery, total: number) {
    // PostgreSQL's planner chooses by itself; counting every file would only cost a scan.
    if (!dialect.isPlanChosenByUs) return pageQuery(query);
    const files = await countMatching({});
    return pageQuery(query, shouldWalkOrderIndex(total, files, query.limit));
  }

  return {
    matching,
    countMatching,
    plannedPage,
    countQuery,

    async listPage(query: FileListQuery): Promise<CatalogFileList> {
      const { limit } = query;
      const view = viewOf(query);
      const { column } = sortOrder(view.sort);
      const total = await countMatching(filtersOf(query));
      const rows = total === 0 ? [] : await (await plannedPage(query, total)).execute();
      const shown = rows.slice(0, limit);
      const details = await detailsOf(shown.map((row) => row.id));
      const last = shown.at(-1);
      const value = (v: unknown) => (column === 'name_key' ? String(v) : Number(v));
      return {
        files: shown.map((row) => parseDetails(details.get(row.id)!)),
        total,
        nextCursor:
          rows.length > limit && last
            ? encodeCursor({ value: value(last.sortValue), id: last.id }, view)
            : null,
      };
    },

    /** The ids of every match, for a bulk change; a 400 saying how many when over `max`. */
    async matchingFileIds(filters: FileFilters, max: number): Promise<string[]> {
      const total = await countMatching(filters);
      if (total > max) {
        throw new AppError(
          400,
          'validation_failed',
          `${total.toLocaleString('en')} files match this query; a bulk change takes at most ${max.toLocaleString('en')}. Narrow the filters or change them in parts.`,
        );
      }
      const rows = await matching(filters).select('f.file_id').orderBy('f.id').execute();
      return rows.map((row) => row.file_id);
    },

    async findFile(fileId: string): Promise<FileDetails | undefined> {
      const row = await db
        .selectFrom('catalog_files as f')
        .innerJoin('catalog_details as d', 'd.id', 'f.id')
        .select('d.details')
        .where('f.file_id', '=', fileId)
        .executeTakeFirst();
      return row && parseDetails(row.details);
    },

    /** Several files at once, by id; those not in the catalog are simply absent. */
    async findFiles(fileIds: readonly string[]): Promise<Map<string, FileDetails>> {
      const found = new Map<string, FileDetails>();
      if (fileIds.length === 0) return found;
      const rows = await db
        .selectFrom('catalog_files as f')
        .innerJoin('catalog_details as d', 'd.id', 'f.id')
        .select(['f.file_id', 'd.details'])
        .where('f.file_id', 'in', [...fileIds])
        .execute();
      for (const row of rows) found.set(row.file_id, parseDetails(row.details));
      return found;
    },

    /**
     * Every file carrying `tag` in exactly this spelling (ImageKit's tags are case-sensitive;
     * the library's tag filter is not), oldest first: the files a tag rewrite changes.
     */
    async fileIdsWithTag(tag: string): Promise<string[]> {
      const rows = await db
        .selectFrom('catalog_file_tags as t')
        .innerJoin('catalog_files as f', 'f.id', 't.file_id')
        .select('f.file_id')
        .where('t.tag_folded', '=', tag.toLowerCase())
        .where('t.tag', '=', tag)
        .orderBy('f.id')
        .execute();
      return rows.map((row) => row.file_id);
    },

    /** How many files carry `tag` in exactly this spelling (0 when none). */
    async tagCount(tag: string): Promise<number> {
      const row = await db
        .selectFrom('catalog_tags')
        .select('file_count')
        .where('tag', '=', tag)
        .executeTakeFirst();
      return Number(row?.file_count ?? 0);
    },

    async folders(): Promise<FolderCounts[]> {
      const rows = await db
        .selectFrom('catalog_files')
        .select([
          'folder',
          countAll.as('files'),
          countWhere(sql`tag_count = 0`).as('untagged'),
          countWhere(sql`has_region = 0`).as('noRegion'),
        ])
        .groupBy('folder')
        .execute();
      return rollUpFolders(
        rows.map((r) => ({
          path: r.folder,
          files: Number(r.files),
          untagged: Number(r.untagged),
          noRegion: Number(r.noRegion),
        })),
      );
    },

    /** Totals for the coverage line: files, those needing tags or a region, distinct tags. */
    async totals() {
      const [files, untagged, noRegion, tags] = await Promise.all([
        countMatching({}),
        countMatching({ untagged: true }),
        countMatching({ region: 'none' }),
        db.selectFrom('catalog_tags').select(countAll.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { files, untagged, noRegion, tags: Number(tags.n) };
    },
  };
}

export type CatalogQueries = ReturnType<typeof createCatalogQueries>;
