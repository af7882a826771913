import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { parseOrThrow } from './validate.ts';

const Schema = z.strictObject({ name: z.string(), limit: z.coerce.number().optional() });

function messageFor(value: unknown): string {
  try {
    parseOrThrow(Schema, value, 'thing');
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return error.message;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('parseOrThrow', () => {
  it.each([
    [undefined, 'Invalid thing: A JSON body is required.'],
    [{}, 'Invalid thing: name: This field is required.'],
    [{ name: 'a', limit: 'ten' }, 'Invalid thing: limit: Must be a number.'],
    [{ name: 5 }, 'Invalid thing: name: Invalid input: expected string, received number'],
    [{ name: 'a', extra: 1 }, 'Invalid thing: Unrecognized key: "extra"'],
  ])('when given %j, then the message reads %j', (value, message) => {
    expect(messageFor(value)).toBe(message);
  });

  it('returns the parsed value when it is valid', () => {
    expect(parseOrThrow(Schema, { name: 'a', limit: '5' }, 'thing')).toEqual({
      name: 'a',
      limit: 5,
    });
  });
});
