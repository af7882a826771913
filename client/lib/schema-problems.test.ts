import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaProblems } from './schema-problems.ts';

const Schema = z.object({
  name: z.string().min(1, 'Give a name.'),
  other: z.string().min(1, 'Give a name.'),
  age: z.number().int('Whole years.'),
});

describe('schemaProblems', () => {
  it.each([
    ['valid', { name: 'a', other: 'b', age: 3 }, []],
    ['one problem', { name: 'a', other: 'b', age: 3.5 }, ['Whole years.']],
    ['repeats once, in order', { name: '', other: '', age: 1.5 }, ['Give a name.', 'Whole years.']],
  ])('%s', (_name, value, expected) => {
    expect(schemaProblems(Schema, value)).toEqual(expected);
  });
});
