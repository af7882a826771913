import { badRequest } from '../library-error.ts';

/** A JSON request body as an object with only `known` keys; anything else is a 400. */
export function objectBody(body: unknown, known: readonly string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Your request body should be a JSON object.');
  }
  const unknown = Object.keys(body).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw badRequest(`Your request contains an unknown parameter: ${unknown}.`);
  }
  return body as Record<string, unknown>;
}
