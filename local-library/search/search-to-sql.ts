import { BUILTIN_FIELDS, type FieldCompiler } from './builtin-fields.ts';
import { METADATA_PREFIX, metadataField, unknownMetadataField } from './metadata-fields.ts';
import type { Condition, SearchNode } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';
import { defaultSearchContext, type SearchContext, type SearchTarget } from './search-context.ts';
import type { SqlFragment } from './sql-fragments.ts';

export type { SqlFragment, SqlParam } from './sql-fragments.ts';
export { prefixUpperBound } from './sql-fragments.ts';

/**
 * Compiles a parsed query to a WHERE fragment over `files f` (or `folders d` for the folder
 * target); throws SearchQueryError for fields, operators or values it cannot run.
 */
export function searchToSql(
  node: SearchNode,
  context: SearchContext = defaultSearchContext(),
  target: SearchTarget = 'file',
): SqlFragment {
  if (node.kind === 'condition') return compileCondition(node, context, target);
  const parts = node.children.map((child) => searchToSql(child, context, target));
  return {
    sql: parts.map((part) => `(${part.sql})`).join(node.kind === 'and' ? ' AND ' : ' OR '),
    params: parts.flatMap((part) => part.params),
  };
}

/** Whether any condition of the query is on `field` (e.g. `type`, which brings in folders). */
export function mentionsField(node: SearchNode, field: string): boolean {
  if (node.kind === 'condition') return node.field === field;
  return node.children.some((child) => mentionsField(child, field));
}

function compileCondition(
  condition: Condition,
  context: SearchContext,
  target: SearchTarget,
): SqlFragment {
  const field = fieldCompiler(condition.field, context);
  if (!field.operators.includes(condition.operator)) {
    throw new SearchQueryError(
      `The field "${condition.field}" does not support "${condition.operator}". Use one of: ${field.operators.join(', ')}.`,
    );
  }
  return field.compile(condition, context, target);
}

function fieldCompiler(name: string, context: SearchContext): FieldCompiler {
  if (name.startsWith(METADATA_PREFIX)) {
    const fieldName = name.slice(METADATA_PREFIX.length);
    const type = context.customFields.get(fieldName);
    return type ? metadataField(fieldName, type) : unknownMetadataField(fieldName);
  }
  const builtin = Object.hasOwn(BUILTIN_FIELDS, name) ? BUILTIN_FIELDS[name] : undefined;
  if (!builtin) {
    throw new SearchQueryError(
      `The field "${name}" is not supported. Supported fields: ${Object.keys(BUILTIN_FIELDS).join(', ')} and "customMetadata.<field>".`,
    );
  }
  return builtin;
}
