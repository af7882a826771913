import type { Condition, Operator, SearchValue } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';
import type { SearchContext, SearchTarget } from './search-context.ts';
import { booleanOperand, numberOperands, operandsOf, textOperands } from './search-operands.ts';
import { parseSearchDate, parseSize } from './search-values.ts';
import {
  ALWAYS,
  NEVER,
  compare,
  fragment,
  placeholders,
  prefixMatch,
  type SqlFragment,
} from './sql-fragments.ts';

export interface FieldCompiler {
  operators: readonly Operator[];
  compile(condition: Condition, context: SearchContext, target: SearchTarget): SqlFragment;
}

export const COMPARISON_OPERATORS: readonly Operator[] = [
  '=',
  '<',
  '<=',
  '>',
  '>=',
  'IN',
  'NOT =',
  'NOT IN',
];
export const TEXT_OPERATORS: readonly Operator[] = ['=', ':', 'IN', 'NOT =', 'NOT IN'];

/** Text compared exactly (case-sensitive) or by prefix with `:`. */
export function textCondition(column: string, field: string, condition: Condition): SqlFragment {
  const values = textOperands(field, condition.value);
  if (condition.operator === ':') return prefixMatch(column, values[0]!);
  return compare(
    column,
    condition.operator,
    values.map((start) => ({ start })),
  );
}

export function dateBounds(field: string, value: SearchValue | null, now: number) {
  return operandsOf(value).map((item) => {
    const text = item.kind === 'string' || item.kind === 'word' ? item.value : '';
    const range = parseSearchDate(text, now);
    if (!range) {
      throw new SearchQueryError(
        `"${field}" needs a date such as "2020-01-01" or "2020-01-01T12:12:12", or a relative time such as "7d".`,
      );
    }
    return range;
  });
}

const columnOf = (target: SearchTarget, column: string) =>
  `${target === 'file' ? 'f' : 'd'}.${column}`;

function dateField(column: string, field: string): FieldCompiler {
  return {
    operators: COMPARISON_OPERATORS,
    compile: (condition, context, target) =>
      compare(
        columnOf(target, column),
        condition.operator,
        dateBounds(field, condition.value, context.now),
      ),
  };
}

/** Dimensions and sizes belong to files only: such a condition never matches a folder. */
function numberField(
  column: string,
  field: string,
  read?: (text: string) => number | null,
  example?: string,
): FieldCompiler {
  return {
    operators: COMPARISON_OPERATORS,
    compile(condition, _context, target) {
      const values = numberOperands(field, condition.value, read, example);
      if (target === 'folder') return NEVER;
      return compare(
        `f.${column}`,
        condition.operator,
        values.map((start) => ({ start })),
      );
    },
  };
}

function booleanField(column: string, field: string): FieldCompiler {
  return {
    operators: ['='],
    compile(condition, _context, target) {
      const value = booleanOperand(field, condition.value);
      return target === 'folder' ? NEVER : fragment(`f.${column} = ?`, value ? 1 : 0);
    },
  };
}

/** Tags match user tags or AI tags, as ImageKit documents. */
function tagsCondition(condition: Condition, target: SearchTarget): SqlFragment {
  const tags = textOperands('tags', condition.value);
  if (target === 'folder') return NEVER;
  const not = condition.operator === 'NOT IN' ? 'NOT ' : '';
  return fragment(
    `f.seq ${not}IN (SELECT t.file_seq FROM file_tags t WHERE t.tag IN (${placeholders(tags)}))`,
    ...tags,
  );
}

const ASSET_TYPES = ['file', 'file-version', 'folder'];

/** Every row of a table has the same type, so the condition is decided here, not in SQL. */
function typeCondition(condition: Condition, target: SearchTarget): SqlFragment {
  const types = textOperands('type', condition.value);
  const unknown = types.find((type) => !ASSET_TYPES.includes(type));
  if (unknown !== undefined) {
    throw new SearchQueryError(
      `"type" can be "file", "file-version" or "folder"; "${unknown}" is not one of them.`,
    );
  }
  const matches = types.includes(target);
  const negated = condition.operator.startsWith('NOT');
  return matches !== negated ? ALWAYS : NEVER;
}

/** ImageKit calls JPEG "jpg"; the library records sharp's name, "jpeg". */
const FORMAT_ALIASES: Record<string, string> = { jpg: 'jpeg' };

function formatCondition(condition: Condition, target: SearchTarget): SqlFragment {
  const formats = textOperands('format', condition.value).map((format) => {
    const lower = format.toLowerCase();
    return FORMAT_ALIASES[lower] ?? lower;
  });
  if (target === 'folder') return NEVER;
  return fragment(`f.format IN (${placeholders(formats)})`, ...formats);
}

export const BUILTIN_FIELDS: Readonly<Record<string, FieldCompiler>> = {
  name: {
    operators: TEXT_OPERATORS,
    compile: (condition, _context, target) =>
      textCondition(columnOf(target, 'name'), 'name', condition),
  },
  tags: {
    operators: ['IN', 'NOT IN'],
    compile: (condition, _c, target) => tagsCondition(condition, target),
  },
  type: {
    operators: ['=', 'IN', 'NOT =', 'NOT IN'],
    compile: (condition, _context, target) => typeCondition(condition, target),
  },
  createdAt: dateField('created_at', 'createdAt'),
  updatedAt: dateField('updated_at', 'updatedAt'),
  width: numberField('width', 'width'),
  height: numberField('height', 'height'),
  size: numberField('size', 'size', parseSize, 'size < "1mb"'),
  format: {
    operators: ['=', 'IN'],
    compile: (condition, _context, target) => formatCondition(condition, target),
  },
  private: booleanField('is_private', 'private'),
  published: booleanField('is_published', 'published'),
  transparency: booleanField('has_alpha', 'transparency'),
};
