import type { FieldType } from '../metadata/custom-field.ts';
import type { Condition, Operator, ScalarValue } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';
import {
  COMPARISON_OPERATORS,
  TEXT_OPERATORS,
  dateBounds,
  type FieldCompiler,
} from './builtin-fields.ts';
import { booleanOperand, numberOperands, operandsOf, textOperands } from './search-operands.ts';
import { NEVER, anyOf, compare, fragment, prefixMatch, type SqlFragment } from './sql-fragments.ts';

export const METADATA_PREFIX = 'customMetadata.';

/** The operators ImageKit's docs list for each type of custom metadata field. */
const OPERATORS: Record<FieldType, readonly Operator[]> = {
  Text: TEXT_OPERATORS,
  Textarea: TEXT_OPERATORS,
  Number: COMPARISON_OPERATORS,
  Date: COMPARISON_OPERATORS,
  Boolean: ['='],
  SingleSelect: [...TEXT_OPERATORS, '<', '<=', '>', '>='],
  MultiSelect: ['IN', 'NOT IN'],
};

/**
 * "customMetadata.<name>" runs against the `file_metadata` index: a subquery finds the files
 * with a matching value, and NOT forms keep the files without one (including those that never
 * had the field). Date values are stored as canonical ISO strings, which sort as time does.
 */
export function metadataField(name: string, type: FieldType): FieldCompiler {
  const field = `${METADATA_PREFIX}${name}`;
  return {
    operators: OPERATORS[type],
    compile(condition, context, target) {
      const positive = valueCondition(field, type, condition, context.now);
      if (target === 'folder') return NEVER;
      const not = condition.operator.startsWith('NOT') ? 'NOT ' : '';
      return {
        sql: `f.seq ${not}IN (SELECT m.file_seq FROM file_metadata m WHERE m.field = ? AND (${positive.sql}))`,
        params: [name, ...positive.params],
      };
    },
  };
}

/** The operator without NOT: what a value must satisfy to count as a match. */
function positiveOf(operator: Operator): Operator {
  if (operator === 'NOT =') return '=';
  if (operator === 'NOT IN') return 'IN';
  return operator;
}

function valueCondition(field: string, type: FieldType, condition: Condition, now: number) {
  const operator = positiveOf(condition.operator);
  switch (type) {
    case 'Text':
    case 'Textarea': {
      const values = textOperands(field, condition.value);
      return ofKind('string', textMatch(operator, values));
    }
    case 'Number': {
      const values = numberOperands(field, condition.value);
      return ofKind(
        'number',
        compare(
          'm.value',
          operator,
          values.map((start) => ({ start })),
        ),
      );
    }
    case 'Date': {
      const bounds = dateBounds(field, condition.value, now).map((range) => ({
        start: new Date(range.start).toISOString(),
        end: new Date(range.end).toISOString(),
      }));
      return ofKind('string', compare('m.value', operator, bounds));
    }
    case 'Boolean': {
      const value = booleanOperand(field, condition.value);
      return fragment('m.kind = ? AND m.value = ?', 'boolean', value ? 1 : 0);
    }
    case 'SingleSelect':
    case 'MultiSelect':
      return selectMatch(field, operator, operandsOf(condition.value));
  }
}

function textMatch(operator: Operator, values: string[]): SqlFragment {
  if (operator === ':') return prefixMatch('m.value', values[0]!);
  return compare(
    'm.value',
    operator,
    values.map((start) => ({ start })),
  );
}

function ofKind(kind: string, inner: SqlFragment): SqlFragment {
  return { sql: `m.kind = ? AND (${inner.sql})`, params: [kind, ...inner.params] };
}

/** Select values can be text, numbers or booleans; each is matched with its own kind. */
function selectMatch(field: string, operator: Operator, items: ScalarValue[]): SqlFragment {
  if (operator === ':') return ofKind('string', textMatch(':', textOperands(field, items[0]!)));
  if (operator !== '=' && operator !== 'IN') {
    const numbers = numberOperands(field, items[0]!);
    return ofKind('number', compare('m.value', operator, [{ start: numbers[0]! }]));
  }
  return anyOf(
    items.map((item) => {
      switch (item.kind) {
        case 'string':
        case 'word':
          return fragment('m.kind = ? AND m.value = ?', 'string', item.value);
        case 'number':
          return fragment('m.kind = ? AND m.value = ?', 'number', item.value);
        case 'boolean':
          return fragment('m.kind = ? AND m.value = ?', 'boolean', item.value ? 1 : 0);
      }
    }),
  );
}

export function unknownMetadataField(name: string): never {
  throw new SearchQueryError(`The custom metadata field "${name}" does not exist.`);
}
