import type { z } from 'zod';
import { validationFailed } from '../errors.ts';

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Parses with a zod schema or throws a 400 listing every problem, so nothing invalid goes on. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map(describe);
  throw validationFailed(`Invalid ${what}: ${details[0]}`, details);
}
