export type SqlParam = string | number;

/** A WHERE-clause fragment; values only ever travel as bound parameters. */
export interface SqlFragment {
  sql: string;
  params: SqlParam[];
}

export const ALWAYS: SqlFragment = { sql: '1', params: [] };
export const NEVER: SqlFragment = { sql: '0', params: [] };

export const fragment = (sql: string, ...params: SqlParam[]): SqlFragment => ({ sql, params });

export function not(inner: SqlFragment): SqlFragment {
  return { sql: `NOT (${inner.sql})`, params: inner.params };
}

export function anyOf(parts: readonly SqlFragment[]): SqlFragment {
  if (parts.length === 1) return parts[0]!;
  return {
    sql: parts.map((part) => `(${part.sql})`).join(' OR '),
    params: parts.flatMap((part) => part.params),
  };
}

export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** A range instead of LIKE: case-sensitive like ImageKit's prefix match, and it can use an index. */
export function prefixMatch(column: string, prefix: string): SqlFragment {
  if (prefix === '') return fragment(`${column} IS NOT NULL`);
  const upper = prefixUpperBound(prefix);
  return upper === null
    ? fragment(`${column} >= ?`, prefix)
    : fragment(`${column} >= ? AND ${column} < ?`, prefix, upper);
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

/** A value compared with a column: a point (`end` absent) or a span [start, end). */
export interface Bound {
  start: SqlParam;
  end?: SqlParam;
}

/** Points become one `IN (...)`, which SQLite answers from an index in a single pass. */
function matchAny(column: string, bounds: readonly Bound[]): SqlFragment {
  if (bounds.length > 1 && bounds.every((bound) => bound.end === undefined)) {
    return fragment(`${column} IN (${placeholders(bounds)})`, ...bounds.map((b) => b.start));
  }
  return anyOf(bounds.map((bound) => equals(column, bound)));
}

function equals(column: string, bound: Bound): SqlFragment {
  return bound.end === undefined
    ? fragment(`${column} = ?`, bound.start)
    : fragment(`${column} >= ? AND ${column} < ?`, bound.start, bound.end);
}

/**
 * `column <operator> values`. Equality on a span means "inside it" (a bare date matches that
 * day); ordering compares with its start, so `createdAt > 2020-01-01` is after midnight.
 */
export function compare(column: string, operator: string, bounds: readonly Bound[]): SqlFragment {
  const first = bounds[0]!;
  switch (operator) {
    case '=':
    case 'IN':
      return matchAny(column, bounds);
    case 'NOT =':
    case 'NOT IN':
      return not(matchAny(column, bounds));
    case '<':
    case '<=':
    case '>':
    case '>=':
      return fragment(`${column} ${operator} ?`, first.start);
    default:
      throw new Error(`compare() cannot handle ${operator}`);
  }
}
