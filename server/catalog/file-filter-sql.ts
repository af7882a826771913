import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import { splitWords, type FileFilters } from '../../common/api/file-query.ts';
import { folderRange } from '../../common/folder-path.ts';
import type { CatalogFilesTable, Schema } from '../db/schema.ts';
import { plainColumn, type ColumnRef } from './plan-hints.ts';
import type { WordsMatch } from './text-search.ts';

/** The catalog as the list queries name it: catalog_files AS f. */
export type FilesDb = Schema & { f: CatalogFilesTable };

const eb = expressionBuilder<FilesDb, 'f'>();

/** Files carrying at least one of `tags` (ignoring case), by the tag index. */
export function hasAnyTag(tags: readonly string[], column: ColumnRef = plainColumn) {
  return eb(
    column('id'),
    'in',
    eb
      .selectFrom('catalog_file_tags as t')
      .select('t.file_id')
      .where(
        't.tag_folded',
        'in',
        tags.map((t) => t.toLowerCase()),
      ),
  );
}

/**
 * The WHERE conditions of a catalog query, one per filter given (all must hold). Each is a form
 * an index can serve: flag columns lead composite indexes, folders are a range, tags go through
 * the tag index, words through the text search.
 */
export function filterConditions(
  filters: FileFilters,
  wordsMatch: WordsMatch,
  column: ColumnRef = plainColumn,
): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const words = filters.q ? splitWords(filters.q) : [];
  if (words.length > 0) conditions.push(wordsMatch(words));
  for (const tag of filters.tags ?? []) conditions.push(hasAnyTag([tag], column));
  if (filters.anyTags) conditions.push(hasAnyTag(filters.anyTags, column));
  if (filters.notTags) conditions.push(eb.not(hasAnyTag(filters.notTags, column)));
  if (filters.untagged !== undefined) {
    conditions.push(eb(column('tag_count'), filters.untagged ? '=' : '>', 0));
  }
  if (filters.region) {
    conditions.push(eb(column('has_region'), '=', filters.region === 'set' ? 1 : 0));
  }
  if (filters.folder !== undefined) {
    if (filters.subfolders === false) {
      conditions.push(eb(column('folder'), '=', filters.folder));
    } else {
      const { from, to } = folderRange(filters.folder);
      conditions.push(eb.and([eb(column('folder'), '>=', from), eb(column('folder'), '<', to)]));
    }
  }
  if (filters.type) conditions.push(eb(column('file_type'), '=', filters.type));
  if (filters.private !== undefined) {
    conditions.push(eb(column('is_private'), '=', filters.private ? 1 : 0));
  }
  return conditions;
}

export const allOf = (conditions: Expression<SqlBool>[]) => eb.and(conditions);
