import { jsonText, naming, type FuzzRequest } from './fuzz-request.ts';
import type { FuzzContext } from './fuzz-routes.ts';
import { garbage } from './fuzz-values.ts';
import { libraryBadParts } from './library-field-values.ts';
import { JSON_BODY_ROUTES, libraryRequest } from './library-routes.ts';
import type { Prng } from './prng.ts';

/** How the library's message names a field, where it does not use the field's own name. */
const NAMED_AS: Record<string, RegExp> = {
  customMetadata: /Invalid custom metadata/,
  extensions: /[Ee]xtensions/,
  fileIds: /fileIds|maximum of 50 files/,
};
const namesField = (field: string) => NAMED_AS[field] ?? naming(field);

const UNKNOWN_KEYS = ['isAdmin', 'role', 'id', 'filePath', 'url', ' tags', 'Tags', '$where', 'x'];

/**
 * Each refused value in its field of an otherwise good body, each refused whole body, keys the
 * route does not take (prototype keys among them), then random mixes: every answer must be a
 * 400 naming a field that was wrong.
 */
export function libraryFieldCases(prng: Prng, ctx: FuzzContext, mutants: number): FuzzRequest[] {
  const cases: FuzzRequest[] = [];
  for (const route of JSON_BODY_ROUTES) {
    const good = route.body!(ctx);
    const { fields, wholes } = libraryBadParts(route.name, ctx);
    const add = (family: string, label: string, body: unknown, names: RegExp) =>
      cases.push(
        libraryRequest(route, ctx, {
          family,
          label,
          expected: [400],
          names,
          body: jsonText(body, prng),
        }),
      );
    for (const [field, values] of Object.entries(fields)) {
      for (const value of values) {
        const label = `${field}=${String(JSON.stringify(value)).slice(0, 50)}`;
        add('library invalid field', label, { ...good, [field]: value }, namesField(field));
      }
    }
    for (const [body, names] of wholes) {
      add('library invalid field', `body ${JSON.stringify(body)}`, body, names);
    }
    for (const key of [prng.pick(UNKNOWN_KEYS), prng.pick(['__proto__', 'constructor'])]) {
      const body = `{"${key}": ${JSON.stringify(garbage(prng, 8))}, ${JSON.stringify(good).slice(1)}`;
      cases.push(
        libraryRequest(route, ctx, {
          family: 'library unknown key',
          label: `key ${JSON.stringify(key)}`,
          expected: [400],
          names: naming(key),
          body,
        }),
      );
    }
    for (let i = 0; i < mutants; i++) {
      const body: Record<string, unknown> = { ...good };
      const names = Object.keys(fields);
      const chosen = names.filter(() => prng.chance(0.5));
      if (chosen.length === 0) chosen.push(prng.pick(names));
      for (const field of chosen) body[field] = prng.pick(fields[field]!);
      const pattern = new RegExp(chosen.map((f) => namesField(f).source).join('|'));
      add('library invalid field', `random mutant of ${chosen.join(', ')}`, body, pattern);
    }
  }
  return cases;
}
