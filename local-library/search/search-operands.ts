import type { ScalarValue, SearchValue } from './search-ast.ts';
import { SearchQueryError } from './search-ast.ts';

/** The values of a condition: the items of `IN [...]`, or the one value after `=`, `<`, .... */
export function operandsOf(value: SearchValue | null): ScalarValue[] {
  if (value === null) return [];
  return value.kind === 'list' ? value.items : [value];
}

/** Text values: quoted, or a bare word such as `red_dress.jpg` (ImageKit's docs use both). */
export function textOperands(field: string, value: SearchValue | null): string[] {
  return operandsOf(value).map((item) => {
    if (item.kind === 'string' || item.kind === 'word') return item.value;
    throw new SearchQueryError(`"${field}" needs text values in double quotes, e.g. "example".`);
  });
}

/** Numbers, with `read` turning text forms (e.g. "1mb") into numbers; null rejects the text. */
export function numberOperands(
  field: string,
  value: SearchValue | null,
  read: (text: string) => number | null = readPlainNumber,
  example = `${field} > 100`,
): number[] {
  return operandsOf(value).map((item) => {
    if (item.kind === 'number') return item.value;
    const number = item.kind === 'string' || item.kind === 'word' ? read(item.value) : null;
    if (number === null) {
      throw new SearchQueryError(`"${field}" needs a number, e.g. ${example}.`);
    }
    return number;
  });
}

export function booleanOperand(field: string, value: SearchValue | null): boolean {
  const [item] = operandsOf(value);
  if (item?.kind === 'boolean') return item.value;
  throw new SearchQueryError(
    `"${field}" needs true or false without quotes, e.g. ${field} = true.`,
  );
}

function readPlainNumber(text: string): number | null {
  return /^[+-]?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : null;
}
