import { jsonText, statusForSize, wellFormed, type FuzzRequest } from './fuzz-request.ts';
import { badBodyParts } from './fuzz-body-parts.ts';
import { ROUTES, routeNamed, type FuzzContext } from './fuzz-routes.ts';
import { garbage, POLLUTION, PROTO_PLACEHOLDER } from './fuzz-values.ts';
import {
  BROKEN_JSON,
  DEEP_JSON,
  NON_OBJECT_JSON,
  UNKNOWN_KEYS,
  WRONG_CONTENT_TYPES,
  WRONG_JSON_CHARSETS,
} from './fuzz-wire-values.ts';
import type { Prng } from './prng.ts';

const BODY_ROUTES = ROUTES.filter((r) => r.body);
const P = PROTO_PLACEHOLDER;

/** Each bad value in its field of a good body, each bad whole body; then random combinations. */
export function fieldCases(prng: Prng, ctx: FuzzContext, randomMutants: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const add = (routeName: string, label: string, body: unknown) => {
    const route = routeNamed(routeName);
    const text = jsonText(body, prng);
    cases.push(
      wellFormed(route, prng, ctx, {
        family: 'invalid field',
        label,
        body: text,
        expected: [statusForSize(route, text)],
      }),
    );
  };
  for (const route of BODY_ROUTES) {
    const { fields, wholes } = badBodyParts(route.name, prng, ctx);
    for (const [field, values] of Object.entries(fields)) {
      for (const value of values) {
        add(route.name, `${field}=${String(JSON.stringify(value)).slice(0, 50)}`, {
          ...route.body!(ctx),
          [field]: value,
        });
      }
    }
    for (const whole of wholes) add(route.name, `body ${JSON.stringify(whole)}`, whole);
  }
  for (let i = 0; i < randomMutants; i++) {
    const route = prng.pick(BODY_ROUTES);
    const { fields } = badBodyParts(route.name, prng, ctx);
    const body: Record<string, unknown> = { ...route.body!(ctx) };
    const mutated = Object.keys(fields).filter(() => prng.chance(0.6));
    const chosen = mutated.length ? mutated : [prng.pick(Object.keys(fields))];
    for (const field of chosen) body[field] = prng.pick(fields[field]!);
    if (prng.chance(0.3)) body[prng.pick(UNKNOWN_KEYS)] = garbage(prng);
    add(route.name, `random mutant of ${chosen.join(', ')}`, body);
  }
  return cases;
}

/** Keys nobody asked for, and prototype keys at every depth. */
export function keyCases(prng: Prng, ctx: FuzzContext, unknownPerRoute: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  for (const route of BODY_ROUTES) {
    const good = route.body!(ctx);
    const known = Object.keys(good);
    const first = known[0]!;
    const unknown = [...UNKNOWN_KEYS, 'x'].filter((k) => !known.includes(k));
    for (let i = 0; i < unknownPerRoute; i++) {
      const key = prng.chance(0.2) ? garbage(prng, 12) : prng.pick(unknown);
      if (known.includes(key)) continue;
      const body = jsonText({ ...good, [key]: prng.pick([garbage(prng), 1, null, {}]) }, prng);
      cases.push(
        wellFormed(route, prng, ctx, {
          family: 'unknown key',
          label: `key ${JSON.stringify(key)}`,
          body,
          expected: [400],
        }),
      );
    }
    const polluted: Array<[string, unknown]> = [
      ['at the top', { ...good, [P]: POLLUTION }],
      ['twice nested', { ...good, [P]: { [P]: POLLUTION } }],
      ['as a field value', { ...good, [first]: { [P]: POLLUTION } }],
      ['in an array', { ...good, [first]: [{ [P]: POLLUTION }] }],
      ['deep in arrays', { ...good, [first]: [[[{ a: { b: { [P]: POLLUTION } } }]]] }],
      ['alone', { [P]: POLLUTION }],
    ];
    for (const [where, body] of polluted) {
      cases.push(
        wellFormed(route, prng, ctx, {
          family: 'prototype key',
          label: where,
          body: jsonText(body, prng),
          expected: [400],
        }),
      );
    }
  }
  return cases;
}

interface BodyVariant {
  label: string;
  family: string;
  status: number;
  headers?: Record<string, string>;
  /** Replaces the good body; null sends none at all. */
  body?: string | null;
}

/** Bodies that are not JSON objects, or not JSON, or not declared as JSON, or too big. */
export function encodingCases(prng: Prng, ctx: FuzzContext, perRoute: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  for (const route of BODY_ROUTES) {
    const good = route.body!(ctx);
    const huge = 'x'.repeat(prng.int(route.bodyLimitBytes + 1, 2 * 1024 * 1024 + 1));
    const encoding = prng.pick(['x-evil', 'compress', 'gzip, br']);
    const variants: BodyVariant[] = [
      { label: 'no body at all', family: 'missing body', status: 400, body: null },
      { label: 'empty JSON body', family: 'empty', status: 400, body: '' },
      { label: 'deeply nested arrays', family: 'deep', status: 400, body: DEEP_JSON },
      {
        label: 'gzip that is not gzip',
        family: 'encoding',
        status: 400,
        headers: { 'content-encoding': 'gzip' },
      },
      {
        label: `unknown encoding ${encoding}`,
        family: 'encoding',
        status: 415,
        headers: { 'content-encoding': encoding },
      },
      {
        label: 'a huge string',
        family: 'huge',
        status: 413,
        body: jsonText({ ...good, [prng.pick(Object.keys(good))]: huge }, prng),
      },
    ];
    for (let i = 0; i < perRoute; i++) {
      const type = prng.pick(WRONG_CONTENT_TYPES);
      const charset = prng.pick(WRONG_JSON_CHARSETS);
      variants.push(
        { label: 'broken JSON', family: 'broken', status: 400, body: prng.pick(BROKEN_JSON) },
        {
          label: 'JSON, no object',
          family: 'not object',
          status: 400,
          body: prng.pick(NON_OBJECT_JSON),
        },
        { label: type, family: 'type', status: 415, headers: { 'content-type': type } },
        { label: charset, family: 'charset', status: 415, headers: { 'content-type': charset } },
      );
    }
    for (const variant of variants) {
      const body = variant.body === undefined ? jsonText(good, prng) : variant.body;
      const status =
        variant.status === 400 && body !== null ? statusForSize(route, body) : variant.status;
      const request = wellFormed(route, prng, ctx, {
        family: `body ${variant.family}`,
        label: variant.label,
        body: body ?? '',
        headers: variant.headers,
        expected: [status],
        expectedCode: ({ 413: 'payload_too_large', 415: 'unsupported_media_type' } as const)[
          status as 413 | 415
        ],
      });
      if (body === null) {
        delete request.body;
        delete request.headers['content-type'];
      }
      cases.push(request);
    }
  }
  return cases;
}
