import { jsonText, statusForSize, wellFormed, type FuzzRequest } from './fuzz-request.ts';
import { ROUTES, type FuzzContext } from './fuzz-routes.ts';
import {
  BROKEN_JSON,
  DEEP_JSON,
  NON_OBJECT_JSON,
  WRONG_CONTENT_TYPES,
  WRONG_JSON_CHARSETS,
} from './fuzz-wire-values.ts';
import type { Prng } from './prng.ts';

const BODY_ROUTES = ROUTES.filter((r) => r.body);

/** The variants that send no fields at all; a route whose body is all optional accepts them. */
const NOTHING_SENT = new Set(['missing body', 'empty']);

interface BodyVariant {
  label: string;
  family: string;
  status: number;
  /** What the refusal must name, when it is not a 413. */
  names?: RegExp;
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
      {
        label: 'no body at all',
        family: 'missing body',
        status: 400,
        names: /JSON body is required/,
        body: null,
      },
      // Read as {}: refused for what it lacks, in each route's words.
      {
        label: 'empty JSON body',
        family: 'empty',
        status: 400,
        names: /required|Give a|Send at least/,
        body: '',
      },
      {
        label: 'deeply nested arrays',
        family: 'deep',
        status: 400,
        names: /expected object/,
        body: DEEP_JSON,
      },
      {
        label: 'gzip that is not gzip',
        family: 'encoding',
        status: 400,
        names: /decompressed/,
        headers: { 'content-encoding': 'gzip' },
      },
      {
        label: `unknown encoding ${encoding}`,
        family: 'encoding',
        status: 415,
        names: /Content-Encoding/,
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
        {
          label: 'broken JSON',
          family: 'broken',
          status: 400,
          names: /not valid JSON/,
          body: prng.pick(BROKEN_JSON),
        },
        {
          label: 'JSON, no object',
          family: 'not object',
          status: 400,
          names: /expected object/,
          body: prng.pick(NON_OBJECT_JSON),
        },
        {
          label: type,
          family: 'type',
          status: 415,
          names: /Content-Type/,
          headers: { 'content-type': type },
        },
        {
          label: charset,
          family: 'charset',
          status: 415,
          names: /UTF-8/,
          headers: { 'content-type': charset },
        },
      );
    }
    for (const variant of variants) {
      if (route.emptyBodyAccepted && NOTHING_SENT.has(variant.family)) continue;
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
        names: status === 413 ? undefined : variant.names,
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
