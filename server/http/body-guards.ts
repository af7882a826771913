import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors.ts';

/** Keys that reach an object's prototype when some code merges or assigns by key. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

// JSON may escape half a surrogate pair ("\ud800"): valid JSON, but not text any upstream stores.
const LONE_SURROGATE = /\p{Cs}/u;

/** Where in the value a walk is: the key or index, below its parent (shared, not copied). */
interface Place {
  key: string;
  parent: Place | null;
}

const SHOWN_DEPTH = 8;

/** `customMetadata.a.0`, cut short when deep: enough for a person to find the field. */
function describe(place: Place | null): string {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.push(at.key);
  if (keys.length === 0) return '';
  const path = keys.reverse();
  const shown = path.length > SHOWN_DEPTH ? [...path.slice(0, SHOWN_DEPTH), '…'] : path;
  return ` (at ${shown.join('.')})`;
}

/**
 * Why a parsed JSON value (or a query object) must be refused, or null: a prototype key, or a
 * string that is not well-formed Unicode, anywhere in it; the message says where. Walks with its
 * own stack: a 64 kB body can nest tens of thousands of levels deep.
 */
export function findBodyProblem(value: unknown): string | null {
  const pending: Array<[unknown, Place | null]> = [[value, null]];
  while (pending.length > 0) {
    const [current, place] = pending.pop()!;
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) {
        return `The request holds text that is not valid Unicode${describe(place)}.`;
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => pending.push([item, { key: String(i), parent: place }]));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return `The request may not use the key "${key}"${describe(place)}.`;
      }
      if (LONE_SURROGATE.test(key)) {
        return `The request holds a key that is not valid Unicode${describe(place)}.`;
      }
      pending.push([(current as Record<string, unknown>)[key], { key, parent: place }]);
    }
  }
  return null;
}

function hasBody(req: Request): boolean {
  return req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
}

/**
 * Runs after the JSON parser: a body it did not parse (another content type) would otherwise
 * reach the routes as "no body" and be reported as a confusing validation error.
 */
export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  if (hasBody(req) && !req.is('application/json')) {
    throw new AppError(
      415,
      'unsupported_media_type',
      'Send the request body as JSON (Content-Type: application/json).',
    );
  }
  next();
};

/**
 * Refuses prototype-pollution keys and broken Unicode at any depth of the body or the query, so
 * no code behind us (ours, zod's, a library's) ever sees them. zod alone would silently drop
 * `__proto__` inside a record and let the rest of the request through.
 */
export const wellFormedInput: RequestHandler = (req, _res, next) => {
  const problem = findBodyProblem(req.body) ?? findBodyProblem(req.query);
  if (problem !== null) throw new AppError(400, 'bad_request', problem);
  next();
};
