import type { Condition, Operator, SearchNode, SearchValue } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';

export type SqlParam = string | number;

/** A WHERE-clause fragment over `files f`; values only ever travel as bound parameters. */
export interface SqlFragment {
  sql: string;
  params: SqlParam[];
}

type FieldCompiler = (operator: Operator, value: SearchValue | null) => SqlFragment | null;

const FIELDS: Record<string, { operators: Operator[]; compile: FieldCompiler }> = {
  name: { operators: ['=', ':', 'IN', 'NOT =', 'NOT IN'], compile: compileName },
  tags: { operators: ['IN', 'NOT IN'], compile: compileTags },
};

/** Compiles a parsed query to SQL; throws SearchQueryError for fields or operators not supported. */
export function searchToSql(node: SearchNode): SqlFragment {
  if (node.kind === 'condition') return compileCondition(node);
  const parts = node.children.map(searchToSql);
  return {
    sql: parts.map((part) => `(${part.sql})`).join(node.kind === 'and' ? ' AND ' : ' OR '),
    params: parts.flatMap((part) => part.params),
  };
}

function compileCondition(condition: Condition): SqlFragment {
  const field = Object.hasOwn(FIELDS, condition.field) ? FIELDS[condition.field] : undefined;
  if (!field) {
    throw new SearchQueryError(
      `The field "${condition.field}" is not supported. Supported fields: ${Object.keys(FIELDS).join(', ')}.`,
    );
  }
  const fragment = field.operators.includes(condition.operator)
    ? field.compile(condition.operator, condition.value)
    : null;
  if (!fragment) {
    throw new SearchQueryError(
      `The field "${condition.field}" does not support "${condition.operator}". Use one of: ${field.operators.join(', ')}.`,
    );
  }
  return fragment;
}

function compileName(operator: Operator, value: SearchValue | null): SqlFragment | null {
  switch (operator) {
    case '=':
      return { sql: 'f.name = ?', params: [requireString('name', value)] };
    case 'NOT =':
      return { sql: 'f.name <> ?', params: [requireString('name', value)] };
    case ':':
      return prefixMatch('f.name', requireString('name', value));
    case 'IN':
    case 'NOT IN': {
      const names = requireStringList('name', value);
      const not = operator === 'NOT IN' ? 'NOT ' : '';
      return { sql: `f.name ${not}IN (${placeholders(names)})`, params: names };
    }
    default:
      return null;
  }
}

/** Tags match user tags or AI tags, as ImageKit documents. */
function compileTags(operator: Operator, value: SearchValue | null): SqlFragment | null {
  const tags = requireStringList('tags', value);
  const not = operator === 'NOT IN' ? 'NOT ' : '';
  return {
    sql: `f.seq ${not}IN (SELECT t.file_seq FROM file_tags t WHERE t.tag IN (${placeholders(tags)}))`,
    params: tags,
  };
}

/** A range instead of LIKE: case-sensitive like ImageKit's prefix match, and it can use an index. */
function prefixMatch(column: string, prefix: string): SqlFragment {
  if (prefix === '') return { sql: `${column} IS NOT NULL`, params: [] };
  const upper = prefixUpperBound(prefix);
  return upper === null
    ? { sql: `${column} >= ?`, params: [prefix] }
    : { sql: `${column} >= ? AND ${column} < ?`, params: [prefix, upper] };
}

/**
 * The smallest string greater than every string starting with `prefix` (code-point order, which
 * is SQLite's BINARY order for UTF-8), or null when there is none.
 */
export function prefixUpperBound(prefix: string): string | null {
  const codePoints = Array.from(prefix, (c) => c.codePointAt(0)!);
  while (codePoints.length > 0) {
    const last = codePoints.pop()!;
    if (last < 0x10ffff) {
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return String.fromCodePoint(...codePoints, next);
    }
  }
  return null;
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

function requireString(field: string, value: SearchValue | null): string {
  if (value?.kind === 'string') return value.value;
  throw new SearchQueryError(`"${field}" needs a quoted value, e.g. ${field} = "example".`);
}

function requireStringList(field: string, value: SearchValue | null): string[] {
  if (value?.kind === 'list') {
    const strings = value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
    if (strings.length === value.items.length) return strings;
  }
  throw new SearchQueryError(
    `"${field}" needs a list of quoted values, e.g. ${field} IN ["a", "b"].`,
  );
}
