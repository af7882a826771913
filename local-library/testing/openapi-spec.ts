import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import { parse } from 'yaml';

/** One API call as a client saw it; `path` is relative to the API root, e.g. "/v1/files". */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON, the text of a non-JSON body, or null for an empty one. */
  body: unknown;
}

type Schema = Record<string, unknown>;
interface ResponseSpec {
  headers?: Record<string, { schema?: Schema }>;
  content?: Record<string, { schema?: Schema }>;
  $ref?: string;
}
interface Operation {
  responses: Record<string, ResponseSpec>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, ResponseSpec>; schemas: Record<string, Schema> };
}

const SPEC_FILE = new URL('./openapi-v1.yaml', import.meta.url);
let loaded: { spec: Spec; ajv: Ajv2020; cache: Map<string, ValidateFunction> } | null = null;

/** ImageKit's openapi-v1.yaml (vendored beside this file), parsed once per test file. */
function load() {
  if (loaded) return loaded;
  const spec = typeNullsAsText(parse(fs.readFileSync(SPEC_FILE, 'utf8'))) as Spec;
  // strict: false, because OpenAPI adds keywords JSON Schema does not know (example, discriminator).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'spec', components: { schemas: spec.components.schemas } });
  loaded = { spec, ajv, cache: new Map() };
  return loaded;
}

/** YAML reads `type: [string, null]` with a real null; JSON Schema wants the word "null". */
function typeNullsAsText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typeNullsAsText);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'type' && Array.isArray(inner)
        ? inner.map((type: unknown) => type ?? 'null')
        : typeNullsAsText(inner),
    ]),
  );
}

/**
 * Everything in `exchange` that the spec does not allow for its (method, path, status): an
 * undeclared status, a body that fails the declared schema, a body where none is declared,
 * declared headers that are missing or not integers, and (for successes) properties the schema
 * does not name. An empty list means the answer matches the spec.
 */
export function specProblems(exchange: Exchange): string[] {
  const { spec } = load();
  const where = `${exchange.method.toUpperCase()} ${exchange.path} ${exchange.status}`;
  const template = findTemplate(spec, exchange.method, exchange.path);
  if (!template) return [`${where}: the spec has no such operation`];
  const operation = spec.paths[template]![exchange.method.toLowerCase()]!;
  const declared = operation.responses[String(exchange.status)] ?? operation.responses.default;
  if (!declared) return [`${where}: the spec declares no ${exchange.status} answer`];
  const response = resolveResponse(spec, declared);
  const problems = headerProblems(response, exchange.headers).map((p) => `${where}: ${p}`);
  // HTTP allows no body on a 204, whatever the spec sketches for one (customMetadataFields delete).
  const schema =
    exchange.status === 204 ? undefined : response.content?.['application/json']?.schema;
  if (!schema) {
    if (exchange.body !== null && exchange.body !== '') {
      problems.push(`${where}: the spec declares no body, got ${JSON.stringify(exchange.body)}`);
    }
    return problems;
  }
  const validate = compiled(`${template} ${exchange.method} ${exchange.status}`, schema);
  if (!validate(exchange.body)) {
    problems.push(`${where}: ${JSON.stringify(validate.errors)}`);
  } else if (exchange.status < 300) {
    problems.push(...unknownProperties(schema, exchange.body, '$').map((p) => `${where}: ${p}`));
  }
  return problems;
}

function findTemplate(spec: Spec, method: string, path: string): string | undefined {
  const candidates = Object.keys(spec.paths)
    .filter((template) => spec.paths[template]![method.toLowerCase()])
    .filter((template) => templatePattern(template).test(path));
  // A literal segment beats a parameter: /v1/files/addTags is not /v1/files/{fileId}.
  return candidates.sort((a, b) => paramCount(a) - paramCount(b))[0];
}

const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
const paramCount = (template: string) => (template.match(/\{/g) ?? []).length;

function resolveResponse(spec: Spec, response: ResponseSpec): ResponseSpec {
  const name = response.$ref?.replace('#/components/responses/', '');
  return name ? spec.components.responses[name]! : response;
}

function headerProblems(response: ResponseSpec, headers: Record<string, string>): string[] {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.entries(response.headers ?? {}).flatMap(([name, header]) => {
    const value = lower[name.toLowerCase()];
    if (value === undefined) return [`header ${name} is missing`];
    if (header.schema?.type === 'integer' && !/^\d+$/.test(value)) {
      return [`header ${name} should be an integer, got ${value}`];
    }
    return [];
  });
}

function compiled(key: string, schema: Schema): ValidateFunction {
  const { ajv, cache } = load();
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile(withSpecRefs(schema) as Schema);
    cache.set(key, validate);
  }
  return validate;
}

/** A schema taken out of the document: its "#/components/..." refs now name the spec by $id. */
function withSpecRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSpecRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace(/^#/, 'spec#')
        : withSpecRefs(inner),
    ]),
  );
}

/**
 * Properties of `value` that `schema` does not name, at any depth. The spec allows extra
 * properties, so validation alone would not notice a field ImageKit never sends.
 */
function unknownProperties(schema: Schema, value: unknown, at: string): string[] {
  const resolved = resolveSchema(schema);
  if (Array.isArray(value)) {
    const items = resolved.items as Schema | undefined;
    return items ? value.flatMap((item, i) => unknownProperties(items, item, `${at}[${i}]`)) : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const named = namedProperties(resolved, value);
  if (named === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const property = named.get(key);
    if (!property) return [`${at}.${key} is not in the spec`];
    return unknownProperties(property, inner, `${at}.${key}`);
  });
}

/** The properties a schema names for this value, or null when it allows any. */
function namedProperties(schema: Schema, value: unknown): Map<string, Schema> | null {
  if (schema.additionalProperties === true || typeof schema.additionalProperties === 'object') {
    return null;
  }
  const named = new Map(Object.entries((schema.properties ?? {}) as Record<string, Schema>));
  const parts = [
    ...((schema.allOf ?? []) as Schema[]),
    // Of oneOf/anyOf, only the branches this value matches say which properties it may have.
    ...(((schema.oneOf ?? schema.anyOf ?? []) as Schema[]).filter((part) =>
      compiled(`branch ${JSON.stringify(part)}`, part)(value),
    ) as Schema[]),
  ];
  for (const part of parts) {
    const inner = namedProperties(resolveSchema(part), value);
    if (inner === null) return null;
    inner.forEach((property, key) => named.set(key, property));
  }
  return named;
}

function resolveSchema(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace(/^(spec)?#\/components\/schemas\//, '');
  return resolveSchema(load().spec.components.schemas[name]!);
}
