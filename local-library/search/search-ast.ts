/**
 * The syntax tree of ImageKit's `searchQuery` language, independent of any storage. The parser
 * accepts every documented operator; what each field allows is decided when compiling to SQL.
 */
export type Operator =
  '=' | ':' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT =' | 'NOT IN' | 'HAS' | 'EXISTS' | 'NOT EXISTS';

/** `word` is an unquoted value that is neither a number nor a boolean, e.g. `7d` or `1mb`. */
export type ScalarValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'word'; value: string };

export type SearchValue = ScalarValue | { kind: 'list'; items: ScalarValue[] };

export interface Condition {
  kind: 'condition';
  field: string;
  operator: Operator;
  /** Absent only for EXISTS / NOT EXISTS. */
  value: SearchValue | null;
}

export interface Junction {
  kind: 'and' | 'or';
  children: SearchNode[];
}

export type SearchNode = Condition | Junction;

/** A query that cannot be understood; `message` is shown to the API caller as is. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError';
}
