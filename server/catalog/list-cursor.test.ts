import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { decodeCursor, encodeCursor, reverseSort, sortOrder } from './list-cursor.ts';

const cursorProblem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return error.message;
    throw error;
  }
  throw new Error('expected a 400');
};

describe('sortOrder', () => {
  it.each([
    [undefined, { column: 'created_at', descending: true }],
    ['name', { column: 'name_key', descending: false }],
    ['-updated', { column: 'updated_at', descending: true }],
    ['created', { column: 'created_at', descending: false }],
  ] as const)('%s', (sort, order) => {
    expect(sortOrder(sort)).toEqual(order);
  });
});

describe('reverseSort', () => {
  it.each([
    [undefined, 'created'],
    ['-created', 'created'],
    ['created', '-created'],
    ['name', '-name'],
    ['-name', 'name'],
    ['updated', '-updated'],
  ] as const)('%s → %s', (sort, reversed) => {
    expect(reverseSort(sort)).toBe(reversed);
  });
});

describe('list cursors', () => {
  it.each([
    [{ value: 1_700_000_000_123, id: 42 }, {}],
    [
      { value: 'red-sneaker-0042.jpg', id: 7 },
      { sort: 'name' as const, untagged: true },
    ],
    [{ value: 'ünïcode “quotes”', id: 1 }, { sort: '-name' as const }],
  ])('when %j is encoded, then it decodes to the same position', (position, query) => {
    const cursor = encodeCursor(position, query);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, query)).toEqual(position);
  });

  it('when the query changed, then the cursor is refused naming cursor', () => {
    const cursor = encodeCursor({ value: 5, id: 1 }, { region: 'none' });
    expect(cursorProblem(() => decodeCursor(cursor, { region: 'set' }))).toMatch(
      /^Invalid query: cursor: it belongs to another query/,
    );
  });

  it.each([
    ['garbage', {}],
    [Buffer.from('[1,2]').toString('base64url'), {}],
    [Buffer.from('["text",2,"x"]').toString('base64url'), {}],
    [encodeCursor({ value: 5, id: 1 }, { sort: 'name' }), { sort: 'name' as const }],
  ])('when the cursor is %j, then 400 naming cursor', (cursor, query) => {
    expect(cursorProblem(() => decodeCursor(cursor, query))).toMatch(/cursor/);
  });
});
