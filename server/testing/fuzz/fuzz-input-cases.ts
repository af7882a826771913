import {
  jsonText,
  naming,
  namingKey,
  statusForSize,
  wellFormed,
  type FuzzRequest,
} from './fuzz-request.ts';
import { badBodyParts } from './fuzz-body-parts.ts';
import { ROUTES, routeNamed, type FuzzContext } from './fuzz-routes.ts';
import { garbage, POLLUTION, PROTO_PLACEHOLDER } from './fuzz-values.ts';
import { UNKNOWN_KEYS } from './fuzz-wire-values.ts';
import type { Prng } from './prng.ts';

const BODY_ROUTES = ROUTES.filter((r) => r.body);
const P = PROTO_PLACEHOLDER;

/** Each bad value in its field of a good body, each bad whole body; then random combinations. */
export function fieldCases(prng: Prng, ctx: FuzzContext, randomMutants: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  const add = (routeName: string, label: string, body: unknown, names: RegExp) => {
    const route = routeNamed(routeName);
    const text = jsonText(body, prng);
    const status = statusForSize(route, text);
    cases.push(
      wellFormed(route, prng, ctx, {
        family: 'invalid field',
        label,
        body: text,
        expected: [status],
        ...(status === 413 ? { expectedCode: 'payload_too_large' } : { names }),
      }),
    );
  };
  for (const route of BODY_ROUTES) {
    const { fields, wholes } = badBodyParts(route.name, prng, ctx);
    for (const [field, values] of Object.entries(fields)) {
      for (const value of values) {
        const label = `${field}=${String(JSON.stringify(value)).slice(0, 50)}`;
        add(route.name, label, { ...route.body!(ctx), [field]: value }, naming(field));
      }
    }
    for (const [whole, names] of wholes) {
      add(route.name, `body ${JSON.stringify(whole)}`, whole, names);
    }
  }
  for (let i = 0; i < randomMutants; i++) {
    const route = prng.pick(BODY_ROUTES);
    const { fields } = badBodyParts(route.name, prng, ctx);
    const body: Record<string, unknown> = { ...route.body!(ctx) };
    const mutated = Object.keys(fields).filter(() => prng.chance(0.6));
    const chosen = mutated.length ? mutated : [prng.pick(Object.keys(fields))];
    for (const field of chosen) body[field] = prng.pick(fields[field]!);
    const named = [...chosen];
    if (prng.chance(0.3)) {
      const key = prng.pick(UNKNOWN_KEYS);
      body[key] = garbage(prng);
      named.push(key);
    }
    const names = new RegExp(named.map((field) => naming(field).source).join('|'));
    add(route.name, `random mutant of ${named.join(', ')}`, body, names);
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
          names: namingKey(key),
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
          names: /may not use the key "(__proto__|constructor|prototype)"/,
        }),
      );
    }
  }
  return cases;
}
