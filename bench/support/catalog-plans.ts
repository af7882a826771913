import { CompiledQuery } from 'kysely';
import { FileListQuerySchema, filtersOf } from '../../common/api/file-query.ts';
import type { Catalog } from '../../server/catalog/catalog-service.ts';
import { dialectOf, type Db } from '../../server/db/database.ts';

/** The plan of each filter's page query and count query, to see that indexes serve them. */
export async function explainFilters(
  db: Db,
  catalog: Catalog,
  filters: Array<[string, Record<string, string>]>,
): Promise<void> {
  const sqlite = dialectOf(db) === 'sqlite';
  const plan = async (compiled: CompiledQuery) => {
    const explained = CompiledQuery.raw(
      `${sqlite ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN (COSTS OFF)'} ${compiled.sql}`,
      [...compiled.parameters],
    );
    const rows = (await db.executeQuery(explained)).rows as Array<Record<string, string>>;
    return rows.map((row) => (sqlite ? row.detail : row['QUERY PLAN']!.trim())).join('; ');
  };
  for (const [label, raw] of filters) {
    const params = { ...raw };
    delete params.page;
    const query = FileListQuerySchema.parse(params);
    const only = filtersOf(query);
    console.log(`EXPLAIN  ${label}`);
    const total = await catalog.queries.countMatching(only);
    const page = await catalog.queries.plannedPage(query, total);
    console.log(`  page:  ${await plan(page.compile())}`);
    console.log(`  count: ${await plan(catalog.queries.countQuery(only).compile())}`);
  }
}
