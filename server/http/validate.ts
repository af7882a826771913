import type { RequestHandler } from 'express';
import { z } from 'zod';
import { validationFailed } from '../errors.ts';

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

// zod's defaults for these read "expected string, received undefined" and "received NaN".
const plainerMessage = (issue: z.core.$ZodRawIssue) => {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) {
    return issue.path?.length ? 'This field is required.' : 'A JSON body is required.';
  }
  if (issue.expected === 'number' && Number.isNaN(issue.input)) return 'Must be a number.';
  return undefined;
};

/** Parses with a zod schema or throws a 400 listing every problem, so nothing invalid goes on. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value, { error: plainerMessage });
  if (result.success) return result.data;
  const details = result.error.issues.map(describe);
  throw validationFailed(`Invalid ${what}: ${details[0]}`, details);
}

const NoQuerySchema = z.strictObject({});

/** For routes that take no query parameters: an unexpected one is an error, not ignored. */
export const noQuery: RequestHandler = (req, _res, next) => {
  parseOrThrow(NoQuerySchema, req.query, 'query');
  next();
};
